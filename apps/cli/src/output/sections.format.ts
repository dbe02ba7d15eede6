import { stringify } from 'csv-stringify/sync';
import type { QueryResult, SectionsResult } from '@hcdm/analytics';
import { formatCsv } from './csv.format.js';
import { formatJson } from './json.format.js';
import { escapeMarkdown } from './markdown.format.js';
import { formatNdjson } from './ndjson.format.js';
import type { OutputFormat } from './output-format.js';

/** Formats one section's result: the caller's own formatter, passed in to keep the modules acyclic. */
export interface SectionFormatters {
  readonly table: (result: QueryResult) => string;
  /** Markdown with the section's title as a heading of `level`. */
  readonly md: (result: QueryResult, level: number) => string;
}

/**
 * A sectioned result (a customer profile), one section after another: `table` the title, then
 * each section under its own title; `md` a heading, then a sub-heading and a table per section;
 * `csv` per section a line with its title, then its header and rows, a blank line between
 * sections (not one table: load a section alone from JSON). JSON is the library's object of
 * named sections; NDJSON tags each line with its section.
 */
export function formatSections(result: SectionsResult, format: OutputFormat, formatters: SectionFormatters): string {
  switch (format) {
    case 'table':
      return `${result.title}\n${result.sections.map((section) => `\n${formatters.table(section.result)}`).join('')}`;
    case 'md':
      return `## ${escapeMarkdown(result.title)}\n\n${result.sections.map((section) => formatters.md(section.result, 3)).join('')}`;
    case 'csv':
      return result.sections.map((section) => stringify([[section.result.title]]) + formatCsv(section.result)).join('\n');
    case 'json':
      return formatJson(result);
    case 'ndjson':
      return formatNdjson(result);
  }
}
