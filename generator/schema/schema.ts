// The schema of tables/ as tables/README.md defines it: file names, columns and vocabularies, each written once.

/** The manifest: which document (and section) each error table transcribes, for which vendor. */
export const SOURCES_FILE = 'sources.csv';
/** Second spellings of documented codes. */
export const ALIASES_FILE = 'aliases.csv';

/** The rule table: a code's class and words of its sub-code to a category and retryable. */
export const CATEGORY_RULES_FILE = 'category-rules.csv';
/** The rule table's header, in order. */
export const CATEGORY_RULE_COLUMNS = [
  'envelope',
  'prefix',
  'keyword',
  'category',
  'retryable',
  'reason',
] as const;

/** Why a code's curation differs from its twins' (same sub-code or description): one row per code. */
export const CURATION_REASONS_FILE = 'curation-reasons.csv';
export const CURATION_REASON_COLUMNS = ['code_set', 'code', 'reason'] as const;
export type CurationReasonColumn = (typeof CURATION_REASON_COLUMNS)[number];

/** The header of every error table, in order. */
export const ERROR_TABLE_COLUMNS = [
  'code',
  'http_status',
  'message',
  'description_zh',
  'description_en',
  'name',
  'category',
  'retryable',
] as const;
export type ErrorColumn = (typeof ERROR_TABLE_COLUMNS)[number];

/** The columns a document transcribes, byte for byte; the others are curated by a person. */
export const TRANSCRIBED_COLUMNS = [
  'code',
  'http_status',
  'message',
  'description_zh',
  'description_en',
] as const satisfies readonly ErrorColumn[];
export const CURATED_COLUMNS = [
  'name',
  'category',
  'retryable',
] as const satisfies readonly ErrorColumn[];
export type CuratedColumn = (typeof CURATED_COLUMNS)[number];

/** The header of sources.csv, in order. */
export const MANIFEST_COLUMNS = [
  'table',
  'vendor',
  'code_set',
  'code_type',
  'envelope',
  'product',
  'api',
  'document',
  'section',
  'language',
  'date',
  'source_file',
  'document_url',
  'repository',
  'commit',
  'repository_path',
] as const;
export type ManifestColumn = (typeof MANIFEST_COLUMNS)[number];

/** Where a code list is copied from: required for a list, empty for a page (saved from the web). */
export const LIST_PROVENANCE_COLUMNS = [
  'repository',
  'commit',
  'repository_path',
] as const satisfies readonly ManifestColumn[];

/** Manifest cells that may be empty: a page may give no date or address; only a list has provenance. */
export const OPTIONAL_MANIFEST_COLUMNS = [
  'date',
  'document_url',
  ...LIST_PROVENANCE_COLUMNS,
] as const satisfies readonly ManifestColumn[];

/** The manifest's columns before any was added: a page's document, section, language and date. */
const FIRST_MANIFEST_COLUMNS = MANIFEST_COLUMNS.slice(0, MANIFEST_COLUMNS.indexOf('document_url'));

/**
 * Headers a file of tables/ had before columns were added to it. tables/ read from an earlier git
 * revision (the base of a diff, the last release) reads a row under one of them with the columns
 * added since empty, which is what an empty cell of those columns means today: every column ever
 * added is optional. The current tables must have the current header.
 */
export const EARLIER_HEADERS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  [SOURCES_FILE]: [
    // The first tables: a page's document, no address, no code lists.
    FIRST_MANIFEST_COLUMNS,
    // document_url was added when the catalogs began to cite the vendor's page (ea5200e).
    [...FIRST_MANIFEST_COLUMNS, 'document_url'],
    // repository, commit and repository_path came with the code lists (381050a), on a branch
    // without document_url; the merge (a778bca) put document_url before them.
    [...FIRST_MANIFEST_COLUMNS, ...LIST_PROVENANCE_COLUMNS],
  ],
  [CATEGORY_RULES_FILE]: [
    // keyword came with the family rules that decide undocumented codes at run time (17c90ec):
    // before it, every rule covered its whole prefix, as a rule with an empty keyword does now.
    CATEGORY_RULE_COLUMNS.filter((column) => column !== 'keyword'),
  ],
};

/**
 * Where each of `columns` is in `header` when `header` is one `file` had before (-1: a column added
 * since, read as empty); undefined when it is not.
 */
export function earlierHeaderIndexes(
  file: string,
  header: readonly string[],
  columns: readonly string[],
): readonly number[] | undefined {
  const earlier = (EARLIER_HEADERS[file] ?? []).find(
    (candidate) => candidate.join(',') === header.join(','),
  );
  return earlier === undefined ? undefined : columns.map((column) => earlier.indexOf(column));
}

/** A GitHub repository (`TencentCloud/tencentcloud-sdk-go`) and a commit, as abbreviated hex. */
export const REPOSITORY_PATTERN = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
export const COMMIT_PATTERN = /^[0-9a-f]{7,40}$/;

/** The header of aliases.csv, in order. */
export const ALIAS_COLUMNS = ['vendor', 'alias', 'code', 'source_file'] as const;
export type AliasColumn = (typeof ALIAS_COLUMNS)[number];

/**
 * A vendor id, as sources.csv gives it (`kingsoft-live`): the vendors are the ones the manifest
 * names, in the order it first names them, so a new vendor is rows of data, not code.
 */
export type VendorId = string;
/** Lower-case words joined by hyphens: the id names a folder and a package subpath. */
export const VENDOR_ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

export const CATEGORIES = [
  'auth',
  'permission',
  'invalid-request',
  'not-found',
  'conflict',
  'rate-limit',
  'quota',
  'unavailable',
  'internal',
  'dry-run',
  'unknown',
] as const;
export type ErrorCategory = (typeof CATEGORIES)[number];

/** What each category means, as tables/README.md defines it: the package's README prints it. */
export const CATEGORY_MEANINGS: Readonly<Record<ErrorCategory, string>> = {
  auth: 'the caller could not be authenticated: bad, missing or expired key, signature, token or timestamp',
  permission:
    'the caller is known but may not do this: policy, unsubscribed service, banned or overdue account',
  'invalid-request':
    'the request itself is wrong: parameter, value, format, action, version, protocol',
  'not-found': 'the resource named by the request does not exist',
  conflict:
    'the resource exists but its state forbids the operation: in use, already exists, changed meanwhile',
  'rate-limit': 'too many requests in a period of time: flow control; retry after a pause',
  quota: 'a count or size limit of the account or resource is reached; retrying will not help',
  unavailable: 'the service or a dependency is temporarily unavailable or timed out',
  internal: "the vendor's server failed",
  'dry-run': 'not a failure: a dry run says the request would have succeeded',
  unknown: 'the document does not say enough to decide',
};

export const ENVELOPES = [
  'tencent-api3',
  'bce',
  'kingsoft-openapi',
  'kingsoft-v1',
  'upyun',
] as const;
/** The shape of a vendor's error response body; picks where the code is read from. */
export type Envelope = (typeof ENVELOPES)[number];

export const CODE_TYPES = ['string', 'integer'] as const;
export type CodeType = (typeof CODE_TYPES)[number];

/** The language a document is written in: which description column it fills. */
export const LANGUAGES = ['zh', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export type DescriptionColumn = `description_${Language}`;
export const descriptionColumn = (language: Language): DescriptionColumn =>
  `description_${language}`;
export const otherLanguage = (language: Language): Language => (language === 'zh' ? 'en' : 'zh');

/** Is `value` one of `values`? Narrows a cell to its vocabulary's type. */
export const isOneOf = <T extends string>(values: readonly T[], value: string): value is T =>
  (values as readonly string[]).includes(value);

/** A table named by sources.csv: a plain file name inside tables/, never a path out of it. */
export const TABLE_NAME_PATTERN = /^[a-z0-9][a-z0-9-]*\.csv$/;
/** A document named by source_file: a relative path inside tables/ without `.` or `..` steps. */
export const SOURCE_FILE_PATTERN =
  /^(?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)*[A-Za-z0-9_-][A-Za-z0-9._-]*$/;
/** Generated names: enum members and code-set prefixes. */
export const PASCAL_CASE = /^[A-Z][A-Za-z0-9]*$/;
/** An HTTP status as the tables write it: three digits, 100 to 599, no reason phrase. */
export const HTTP_STATUS_PATTERN = /^[1-5][0-9]{2}$/;
/** An integer code in canonical digits, as the runtime's codeKey accepts it: a safe integer, no sign. */
export const INTEGER_CODE_PATTERN = /^(0|[1-9][0-9]{0,14})$/;
export const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Is this file name one an error table may have (not the manifest or the aliases)? */
export const isErrorTableName = (name: string): boolean =>
  TABLE_NAME_PATTERN.test(name) &&
  name !== SOURCES_FILE &&
  name !== ALIASES_FILE &&
  name !== CATEGORY_RULES_FILE &&
  name !== CURATION_REASONS_FILE;

/** One row of sources.csv, validated: one table given to one vendor's code set. */
export interface ManifestEntry {
  readonly line: number;
  readonly table: string;
  readonly vendor: VendorId;
  readonly codeSet: string;
  readonly codeType: CodeType;
  readonly envelope: Envelope;
  readonly product: string;
  readonly api: string;
  readonly document: string;
  readonly section: string;
  readonly language: Language;
  readonly date?: string;
  readonly sourceFile: string;
  /** The vendor's documentation address, where a source gives one (https only). */
  readonly documentUrl?: string;
  /** Where a code list's copy comes from; pages are saved from the web and have none. */
  readonly origin?: {
    readonly repository: string;
    readonly commit: string;
    /** The file's path in the repository (`tencentcloud/live/v20180801/errors.go`). */
    readonly path: string;
  };
}

/** One row of aliases.csv, validated. */
export interface AliasEntry {
  readonly line: number;
  readonly vendor: VendorId;
  readonly alias: string;
  readonly code: string;
  readonly sourceFile: string;
}

/** One row of an error table, validated: every value in its type; empty cells are absent. */
export interface ErrorRow {
  readonly line: number;
  /** As the vendor spells it; an integer code set's codes are canonical digits. */
  readonly code: string;
  readonly httpStatus?: number;
  readonly message?: string;
  readonly description: { readonly zh?: string; readonly en?: string };
  readonly name: string;
  readonly category: ErrorCategory;
  readonly retryable: boolean;
}

/** One rule of category-rules.csv, validated. */
export interface FamilyRuleRow {
  readonly line: number;
  readonly envelope: Envelope;
  /** Whole leading segments of a code, or `*`. */
  readonly prefix: string;
  /** PascalCase words joined by `|`; absent: the rule covers its prefix's codes whatever follows. */
  readonly keyword?: string;
  readonly category: ErrorCategory;
  readonly retryable: boolean;
  readonly reason: string;
}

/** tables/ once validation found nothing wrong: what build-model reads, with no cell left to check. */
export interface ValidTables {
  readonly manifest: readonly ManifestEntry[];
  readonly aliases: readonly AliasEntry[];
  /** Rows of each error table, by file name (`upyun.csv`), in file order. */
  readonly tables: ReadonlyMap<string, readonly ErrorRow[]>;
  /** The rules of category-rules.csv, in file order; none when tables/ has no rule table. */
  readonly rules: readonly FamilyRuleRow[];
}
