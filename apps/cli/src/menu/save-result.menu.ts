import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { QueryResult } from '@hcdm/analytics';
import { writeResultFile } from '../output/result-file.js';
import type { OutputFormat } from '../output/result.format.js';
import { askSelect, askText, askYesNo, type Choice } from './ask.prompts.js';
import type { MenuEntry } from './menu-context.js';

const FORMATS = [
  { name: 'CSV', value: 'csv', description: 'a header of field names, one line per row: for spreadsheets' },
  { name: 'Markdown table', value: 'md', description: 'a GitHub Markdown table under its title: for reports and issues' },
  { name: 'JSON', value: 'json', description: 'an array of row objects (a summary: one object)' },
  { name: 'NDJSON', value: 'ndjson', description: 'one JSON object a line' },
  { name: 'Table as shown', value: 'table', description: 'the text table, 80 columns wide' },
] as const satisfies readonly Choice<OutputFormat>[];

const EXTENSIONS: Record<OutputFormat, string> = { csv: 'csv', md: 'md', json: 'json', ndjson: 'ndjson', table: 'txt' };

/** Writes the result last shown to a file, in a format chosen here; asks before replacing a file. */
export const saveResult: MenuEntry = {
  label: 'Save the last result',
  description: 'write the last table shown to a file: CSV, Markdown, JSON, NDJSON or text',
  async run(context) {
    const result = context.state.lastResult;
    if (!result) {
      context.err.write('Nothing to save yet: show a result first (Leads, Listings, Calls & SMS, Agents, Customers).\n');
      return 'again';
    }
    const format = await askSelect<OutputFormat>(`Save "${result.title}" as`, FORMATS);
    const path = await askText('File', checkFilePath, `${fileStem(result)}.${EXTENSIONS[format]}`);
    if (existsSync(path) && !(await askYesNo(`${path} exists. Replace it?`, false))) {
      context.err.write('Not saved.\n');
      return 'again';
    }
    context.err.write(`${writeResultFile(result, format, path, 'create')}\n`);
    return 'again';
  },
};

/** A file that can be written: not a folder, in a folder that exists. */
export function checkFilePath(text: string): true | string {
  if (text === '') return 'type a file name';
  if (existsSync(text) && statSync(text).isDirectory()) return `${text} is a folder; type a file name`;
  const folder = dirname(resolve(text));
  return existsSync(folder) && statSync(folder).isDirectory() ? true : `no such folder: ${folder}`;
}

/** A file name from the command: `show top 5 leads by call volume` -> `top-5-leads-by-call-volume`. */
export function fileStem(result: Pick<QueryResult, 'command'>): string {
  const words = result.command.replace(/^show\s+/i, '').toLowerCase();
  const stem = words.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
  return stem === '' ? 'hcdm-result' : stem;
}
