import { openDatabase, type HcdmDatabase } from '@hcdm/analytics';
import { hcdmQuery } from './hcdm-cli.js';
import type { MeasuredRun } from './process.measure.js';
import { REFERENCE_QUERIES, type TextPeriod } from './reference.sql.js';
import { timeStatement } from './sqlite-shell.js';

/** The seed session's example: `show customer activity summary for +91-9876543210`. */
const SEED_PHONE = '+91-9876543210';

/** The period of the "with a period" runs: a month in the middle of the sample's window. */
const PERIOD = { hcdm: 'from 2026-03-01 to 2026-03-31', text: { from: '2026-03-01', to: '2026-04-01' } } as const;

export interface AnalysisTiming {
  readonly name: string;
  readonly withPeriod: boolean;
  /** In-process: hcdm's db.query, the statement's time in the shell; each run after one warm-up. */
  readonly hcdmMs: number[];
  readonly referenceMs: number[];
}

export interface QueryTimings {
  readonly analyses: AnalysisTiming[];
  /** `hcdm query` processes, start to printed answer, per command. */
  readonly processes: { readonly command: string; readonly runs: MeasuredRun[] }[];
}

interface Analysis {
  readonly name: string;
  readonly command: (period: string) => string;
  readonly reference: (period: TextPeriod | null) => string;
}

/**
 * The seed's three analyses in hcdm and as the reference's plain SQL in the shell, without and
 * with a period, alternating the contenders round by round; then `hcdm query` as a process.
 */
export async function benchQueries(hcdmDatabase: string, referenceDatabase: string | null, shell: string | null, rounds: number): Promise<QueryTimings> {
  const db = await openDatabase({ database: hcdmDatabase, readonly: true });
  let analyses: Analysis[];
  const timings: AnalysisTiming[] = [];
  try {
    analyses = seedAnalyses(await customerOfPhone(db, SEED_PHONE));
    for (const analysis of analyses) {
      for (const withPeriod of [false, true]) {
        const command = analysis.command(withPeriod ? PERIOD.hcdm : '').trim();
        const sql = analysis.reference(withPeriod ? PERIOD.text : null);
        const timing = { name: analysis.name, withPeriod, hcdmMs: [] as number[], referenceMs: [] as number[] };
        for (let round = 0; round < rounds; round += 1) {
          const steps = [async () => timing.hcdmMs.push(await timeQuery(db, command)), async () => timeReference(timing.referenceMs, sql)];
          for (const step of round % 2 === 0 ? steps : steps.reverse()) await step();
        }
        timings.push(timing);
      }
    }
  } finally {
    await db.close();
  }
  const commands = analyses.map((analysis) => analysis.command('').trim());
  const processes = commands.map((command) => ({ command, runs: Array.from({ length: rounds }, () => hcdmQuery(hcdmDatabase, command)) }));
  return { analyses: timings, processes };

  function timeReference(into: number[], sql: string): void {
    if (shell === null || referenceDatabase === null) return;
    into.push(timeStatement(shell, referenceDatabase, sql, 2)[1]!);
  }
}

/** The seed's three commands, as its session writes them, and the reference SQL of each. */
function seedAnalyses(customerId: string): Analysis[] {
  return [
    { name: 'top 5 leads by call volume', command: (p) => `show top 5 leads by call volume ${p}`, reference: REFERENCE_QUERIES.topLeadsByCalls },
    { name: 'listings with most SMS inquiries', command: (p) => `show listings with most SMS inquiries ${p}`, reference: REFERENCE_QUERIES.listingsBySms },
    {
      name: 'customer activity summary',
      command: (p) => `show customer activity summary for ${SEED_PHONE} ${p}`,
      reference: (period) => REFERENCE_QUERIES.customerSummary(period, customerId),
    },
  ];
}

/** One warm-up run (TypeORM's first use of a query, the page cache), then the timed one. */
async function timeQuery(db: HcdmDatabase, command: string): Promise<number> {
  await db.query(command);
  const started = performance.now();
  await db.query(command);
  return performance.now() - started;
}

/** The customer the seed's own example asks about (the sample's first customer), by id. */
async function customerOfPhone(db: HcdmDatabase, phone: string): Promise<string> {
  const rows = (await db.query(`show customer activity summary for ${phone}`)).rows;
  const id = rows[0]?.customerId;
  if (typeof id !== 'string') throw new Error(`the benchmark database has no customer with phone ${phone}`);
  return id;
}
