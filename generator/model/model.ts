// The typed model of the error tables: what build-model produces and every emitter reads.

import type { CodeType, Envelope, ErrorCategory, Language, VendorId } from '../schema/schema.js';

// The vocabularies are the schema's; the model speaks them.
export { CATEGORIES, CODE_TYPES, ENVELOPES } from '../schema/schema.js';
export type { CodeType, Envelope, ErrorCategory, Language, VendorId } from '../schema/schema.js';

/** One documented row of an error table: one variant of a code. */
export interface EntryNode {
  readonly type: 'entry';
  readonly vendor: VendorId;
  readonly code: string | number;
  readonly name: string;
  readonly httpStatus?: number;
  readonly message?: string;
  readonly description: { readonly zh?: string; readonly en?: string };
  readonly category: ErrorCategory;
  readonly retryable: boolean;
  /** The document whose cells the entry shows: the page, where a page lists the code. */
  readonly source: EntrySourceNode;
  /** Every document that lists the code, `source` first (a page, then the code lists). */
  readonly sources: readonly [EntrySourceNode, ...EntrySourceNode[]];
}

/** One table row that documents a variant, and the document it transcribes. */
export interface EntrySourceNode {
  readonly document: string;
  readonly section: string;
  /** The table file the row comes from, relative to tables/ (`kingsoft-live.csv`). */
  readonly table: string;
  /** 1-based line of the row in that file, for messages that point a person at it. */
  readonly line: number;
}

/** A code with every documented variant, in document order (tables in manifest order). */
export interface CodeNode {
  readonly type: 'code';
  readonly code: string | number;
  readonly name: string;
  readonly variants: readonly [EntryNode, ...EntryNode[]];
}

/** A set of codes that shares one enum, one envelope and one code type. */
export interface CodeSetNode {
  readonly type: 'code-set';
  readonly vendor: VendorId;
  /** Prefix of generated names: `KingsoftLiveV1` gives `KingsoftLiveV1ErrorCode`. */
  readonly prefix: string;
  readonly codeType: CodeType;
  readonly envelope: Envelope;
  /** Codes sorted by code (numbers numerically, strings by UTF-16 code units). */
  readonly codes: readonly CodeNode[];
  /** The table files this set is built from, in manifest order. */
  readonly tables: readonly string[];
  /** The rules of category-rules.csv for the set's envelope, in table order: how undocumented codes are decided. */
  readonly familyRules: readonly FamilyRuleNode[];
}

/** One rule of category-rules.csv as the runtime reads it (see the runtime's familyRuleFor). */
export interface FamilyRuleNode {
  readonly type: 'family-rule';
  readonly prefix: string;
  readonly keyword?: string;
  readonly category: ErrorCategory;
  readonly retryable: boolean;
}

export interface SourceNode {
  readonly type: 'source';
  readonly table: string;
  readonly vendor: VendorId;
  readonly product: string;
  readonly api: string;
  readonly document: string;
  readonly section: string;
  readonly language: Language;
  readonly date?: string;
  readonly sourceFile: string;
  /** The vendor's documentation address, where a source gives one. */
  readonly url?: string;
}

export interface AliasNode {
  readonly type: 'alias';
  readonly alias: string;
  readonly code: string | number;
  readonly codeSet: string;
}

export interface VendorNode {
  readonly type: 'vendor';
  readonly id: VendorId;
  /** Prefix of the vendor's first code set (`KingsoftLive`). */
  readonly prefix: string;
  readonly codeSets: readonly CodeSetNode[];
  readonly sources: readonly SourceNode[];
  readonly aliases: readonly AliasNode[];
}

/** The package's release: its version and changelog, from tables/CHANGELOG.md. */
export interface ReleaseNode {
  readonly type: 'release';
  /** `1.2.0`: the heading of the changelog's newest section. */
  readonly version: string;
  /** The changelog's Markdown, as written in tables/. */
  readonly changelog: string;
}

export interface PackageModel {
  readonly type: 'package';
  /** In the order sources.csv first names them. */
  readonly vendors: readonly VendorNode[];
  readonly release: ReleaseNode;
}

export type ModelNode =
  | PackageModel
  | ReleaseNode
  | VendorNode
  | CodeSetNode
  | CodeNode
  | EntryNode
  | SourceNode
  | AliasNode;
