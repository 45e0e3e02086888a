// The exact headers of the three kinds of file in tables/, as tables/README.md defines them.

export const ERROR_TABLE_HEADER = [
  'code',
  'http_status',
  'message',
  'description_zh',
  'description_en',
  'name',
  'category',
  'retryable',
] as const;

export const SOURCES_HEADER = [
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
] as const;

export const ALIASES_HEADER = ['vendor', 'alias', 'code', 'source_file'] as const;
