import { describeEachDatabase } from '@hcdm/test-utils';
import { FILTER_CASES } from '@hcdm/test-database';
import { expect, it } from 'vitest';
import { insertFixture, openTempDatabase } from './analyses.test-utils.js';
import { filterValues } from './filter-values.analysis.js';
import { resolveRecordFilter } from './record-filter.resolver.js';

async function withFixture<T>(work: (db: Awaited<ReturnType<typeof openTempDatabase>>) => Promise<T>, fixture = FILTER_CASES): Promise<T> {
  const db = await openTempDatabase();
  await insertFixture(db, fixture);
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

describeEachDatabase('filter values', () => {
  it('lists every stored source, location and agent (of leads, calls and SMS) once, in code-unit order', async () => {
    expect(await withFixture((db) => filterValues(db.dataSource.manager))).toEqual({
      source: ['Website', 'referral', 'website'],
      location: ['Andheri', 'Navi Mumbai'],
      agent: ['Priya', 'Ravi'],
    });
  });

  it('matches a written value to every stored spelling, ignoring case and runs of spaces', async () => {
    const resolved = await withFixture((db) => resolveRecordFilter(db.dataSource.manager, { source: ' WebSite ', location: 'navi   mumbai' }));
    expect(resolved).toEqual({ source: ['Website', 'website'], location: ['Navi Mumbai'], agent: null });
  });

  it('refuses a value nothing has, naming the values there are', async () => {
    const refused = await withFixture(async (db) => {
      const manager = db.dataSource.manager;
      return Promise.all([
        resolveRecordFilter(manager, { source: 'webiste' }).catch((error: unknown) => error),
        resolveRecordFilter(manager, { location: 'Bandra' }).catch((error: unknown) => error),
        resolveRecordFilter(manager, { agent: 'Priyanka' }).catch((error: unknown) => error),
      ]);
    });
    expect(refused).toMatchObject([
      { code: 'NOT_FOUND', message: 'no lead has source "webiste" (sources: Website, referral, website)' },
      { code: 'NOT_FOUND', message: 'no listing is in location "Bandra" (locations: Andheri, Navi Mumbai)' },
      { code: 'NOT_FOUND', message: 'no lead, call or SMS has agent "Priyanka" (agents: Priya, Ravi)' },
    ]);
  });

  it('says so when there are no values at all, and lists at most ten', async () => {
    const listings = Array.from({ length: 12 }, (_, i) => [`P${i}`, `Flat ${i}`, `Area ${String(i).padStart(2, '0')}`, 100] as const);
    const refused = await withFixture(
      async (db) => {
        const manager = db.dataSource.manager;
        return Promise.all([
          resolveRecordFilter(manager, { source: 'website' }).catch((error: unknown) => error),
          resolveRecordFilter(manager, { location: 'Bandra' }).catch((error: unknown) => error),
        ]);
      },
      { listings },
    );
    expect(refused).toMatchObject([
      { message: 'no lead has source "website" (there are no sources)' },
      { message: 'no listing is in location "Bandra" (locations: Area 00, Area 01, Area 02, Area 03, Area 04, Area 05, Area 06, Area 07, Area 08, Area 09, ... 2 more)' },
    ]);
  });
}, { citus: true });
