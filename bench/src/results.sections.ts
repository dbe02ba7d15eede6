import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { DatasetSize } from './bench.sizes.js';
import type { MachineInfo } from './machine.info.js';

/**
 * The server runs' sections of bench/RESULTS.md, each between two HTML comments: a server run
 * replaces its own section in place, and the SQLite run, which rewrites the file, keeps them.
 */
export interface ResultsSection {
  readonly start: string;
  readonly end: string;
}

export const POSTGRES_SECTION: ResultsSection = { start: '<!-- postgres: written by pnpm bench --db postgres://... -->', end: '<!-- /postgres -->' };
export const CITUS_SECTION: ResultsSection = { start: '<!-- citus: written by pnpm bench --citus postgres://... -->', end: '<!-- /citus -->' };

const SERVER_SECTIONS = [POSTGRES_SECTION, CITUS_SECTION] as const;

/** When, on what and with how much a server run was made: what its section's heading says. */
export interface SectionContext {
  readonly date: string;
  readonly machine: MachineInfo;
  readonly size: DatasetSize;
  readonly rounds: number;
}

/** The dataset in words: `100,000 customers, 20,000 listings, ...`. */
export function datasetCounts(size: DatasetSize): string {
  return Object.entries(size).map(([kind, rows]) => `${rows.toLocaleString('en-US')} ${kind}`).join(', ');
}

/** `body` between the section's markers. */
export function sectionText(section: ResultsSection, body: string): string {
  return `${section.start}\n${body}\n${section.end}`;
}

/** The section as `text` has it, markers included, or null. */
function sectionIn(text: string, section: ResultsSection): string | null {
  const start = text.indexOf(section.start);
  const end = text.indexOf(section.end);
  return start !== -1 && end > start ? text.slice(start, end + section.end.length) : null;
}

/** `text` with the section replaced by `whole` (markers included), or `whole` appended. */
function withSection(text: string, section: ResultsSection, whole: string): string {
  const start = text.indexOf(section.start);
  const end = text.indexOf(section.end);
  if (start !== -1 && end > start) return `${text.slice(0, start)}${whole}${text.slice(end + section.end.length)}`;
  return `${text.trimEnd()}\n\n${whole}\n`;
}

/** Writes `body` as the section of the file at `path` (made when missing), leaving the rest. */
export function writeSection(path: string, section: ResultsSection, body: string): void {
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '# hcdm benchmark results\n';
  writeFileSync(path, withSection(text, section, sectionText(section, body)));
}

/** For the SQLite run, which rewrites RESULTS.md: `text` with the server sections `path` has now, in their order. */
export function keepServerSections(path: string, text: string): string {
  const previous = existsSync(path) ? readFileSync(path, 'utf8') : '';
  let kept = text;
  for (const section of SERVER_SECTIONS) {
    const whole = sectionIn(previous, section);
    if (whole !== null) kept = withSection(kept, section, whole);
  }
  return kept;
}
