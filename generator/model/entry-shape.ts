// The runtime's shape of a documented variant (ErrorEntry): one list that the interface and every entry literal are emitted from.

/** One field of ErrorEntry: its TypeScript type (in the vocabulary's names) and what it means. */
export interface EntryField {
  readonly key: string;
  readonly type: string;
  readonly optional: boolean;
  readonly docs: string;
}

/** The fields, in the order every entry literal lists them. */
export const ENTRY_FIELDS = [
  { key: 'vendor', type: 'VendorId', optional: false, docs: 'The vendor (and product) whose API returns the code.' },
  { key: 'code', type: 'string | number', optional: false, docs: "The code as the vendor's response body carries it." },
  { key: 'name', type: 'string', optional: false, docs: 'The enum member name of the code.' },
  { key: 'httpStatus', type: 'number', optional: true, docs: 'The HTTP status the document gives for this variant.' },
  {
    key: 'message',
    type: 'string',
    optional: true,
    docs: "The vendor's message or message template (`%s`, `xxx`, `mda-xxx` stand for any text).",
  },
  {
    key: 'description',
    type: '{ readonly zh?: string; readonly en?: string }',
    optional: false,
    docs: "The vendor's own words, in each language it publishes them in.",
  },
  { key: 'category', type: 'ErrorCategory', optional: false, docs: 'What kind of failure it is (tables/README.md of the source repository).' },
  { key: 'retryable', type: 'boolean', optional: false, docs: 'May the same request succeed if sent again later, unchanged?' },
  {
    key: 'source',
    type: 'EntrySource',
    optional: false,
    docs: 'The document whose cells this entry shows: the page, where a page lists the code.',
  },
  {
    key: 'sources',
    type: 'readonly [EntrySource, ...EntrySource[]]',
    optional: false,
    docs: 'Every document that lists the code (pages and code lists), `source` first.',
  },
] as const satisfies readonly EntryField[];

export type EntryFieldKey = (typeof ENTRY_FIELDS)[number]['key'];

/** The fields of EntrySource: one place a code is documented. */
export const ENTRY_SOURCE_FIELDS = [
  { key: 'document', type: 'string', optional: false, docs: "The document's title, or the code list's file (`tencentcloud-sdk-go live/v20180801/errors.go`)." },
  { key: 'section', type: 'string', optional: false, docs: 'The heading of the table or list in it.' },
] as const satisfies readonly EntryField[];
