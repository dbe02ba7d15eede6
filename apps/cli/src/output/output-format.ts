/** The formats every result can be printed in (`--format`). */
export const OUTPUT_FORMATS = ['table', 'json', 'csv', 'ndjson', 'md'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
