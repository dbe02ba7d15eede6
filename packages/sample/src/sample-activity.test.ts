import { makeTempDir } from '@hcdm/test-utils';
import { beforeAll, describe, expect, it } from 'vitest';
import { countBy, instantOf, readAll, type ParsedFile, type Row } from './sample-files.test-utils.js';
import { AGENTS } from './agents.js';
import { writeSample } from './write-sample.js';

type Files = ReturnType<typeof readAll>;
let files: Files;

/** 2026-01-01T00:00+05:30 and 180 days later, the default window. */
const WINDOW_START = Date.UTC(2025, 11, 31, 18, 30);
const WINDOW_END = WINDOW_START + 180 * 86_400_000;

beforeAll(async () => {
  const dir = makeTempDir();
  await writeSample(dir);
  files = readAll(dir);
});

function share(rows: readonly Row[], test: (row: Row) => boolean): number {
  return rows.filter(test).length / rows.length;
}

function ids(file: ParsedFile, key: string): Set<string> {
  return new Set(file.rows.map((row) => row[key]!));
}

describe('sample references', () => {
  it('refers only to customers and listings that exist', () => {
    const customers = ids(files.customers, 'customer_id');
    const listings = ids(files.listings, 'property_id');
    for (const kind of ['leads', 'calls', 'sms'] as const) {
      expect(files[kind].rows.filter((row) => !customers.has(row.customer_id!))).toEqual([]);
      expect(files[kind].rows.filter((row) => row.property_id !== '' && !listings.has(row.property_id!))).toEqual([]);
    }
    expect(files.leads.rows.filter((row) => row.property_id === '')).toEqual([]);
  });

  it('has customers without leads, and customers with several', () => {
    const leadsPerCustomer = countBy(files.leads.rows, 'customer_id');
    expect(leadsPerCustomer.size).toBeLessThan(files.customers.rows.length);
    expect(Math.max(...leadsPerCustomer.values())).toBeGreaterThan(1);
  });

  it('draws more leads to popular listings', () => {
    const perListing = [...countBy(files.leads.rows, 'property_id').values()].sort((a, b) => b - a);
    // 400 leads over 40 listings would be 10 each if spread evenly.
    expect(perListing[0]).toBeGreaterThan(30);
  });
});

describe('sample calls and SMS', () => {
  it('is skewed: the top 10% of customers hold more than 40% of calls and of SMS', () => {
    for (const kind of ['calls', 'sms'] as const) {
      const counts = [...countBy(files[kind].rows, 'customer_id').values()].sort((a, b) => b - a);
      const top = counts.slice(0, files.customers.rows.length / 10).reduce((a, b) => a + b, 0);
      expect(top / files[kind].rows.length).toBeGreaterThan(0.4);
    }
  });

  it('keeps durations and lengths in range: calls not answered last 0 s, others 10..900 s, SMS 10..300', () => {
    const calls = files.calls.rows;
    expect(calls.filter((row) => row.status !== 'answered' && row.duration !== '0')).toEqual([]);
    expect(calls.filter((row) => row.status === 'answered' && !(+row.duration! >= 10 && +row.duration! <= 900))).toEqual([]);
    expect(files.sms.rows.filter((row) => !(+row.message_length! >= 10 && +row.message_length! <= 300))).toEqual([]);
    const answered = calls.filter((row) => row.status === 'answered').map((row) => +row.duration!).sort((a, b) => a - b);
    expect(answered[answered.length >> 1]).toBeLessThan(180);
  });

  it('has about 70% inbound calls, about 15% of them not answered', () => {
    const inbound = files.calls.rows.filter((row) => row.direction === 'inbound');
    expect(inbound.length / files.calls.rows.length).toBeGreaterThan(0.65);
    expect(inbound.length / files.calls.rows.length).toBeLessThan(0.75);
    expect(share(inbound, (row) => row.status !== 'answered')).toBeGreaterThan(0.1);
    expect(share(inbound, (row) => row.status !== 'answered')).toBeLessThan(0.2);
  });

  it('ends calls not answered in every outcome, both ways, most often missed', () => {
    for (const direction of ['inbound', 'outbound']) {
      const unanswered = files.calls.rows.filter((row) => row.direction === direction && row.status !== 'answered');
      const counts = countBy(unanswered, 'status');
      expect([...counts.keys()].sort()).toEqual(['busy', 'failed', 'missed', 'voicemail']);
      expect(Math.max(...counts.values())).toBe(counts.get('missed'));
    }
  });

  it('tags about 30% with a listing the customer has a lead on, and a few with another', () => {
    const own = new Set(files.leads.rows.map((row) => `${row.customer_id} ${row.property_id}`));
    for (const kind of ['calls', 'sms'] as const) {
      const rows = files[kind].rows;
      expect(share(rows, (row) => own.has(`${row.customer_id} ${row.property_id}`))).toBeGreaterThan(0.2);
      expect(share(rows, (row) => own.has(`${row.customer_id} ${row.property_id}`))).toBeLessThan(0.4);
      const other = share(rows, (row) => row.property_id !== '' && !own.has(`${row.customer_id} ${row.property_id}`));
      expect(other).toBeGreaterThan(0);
      expect(other).toBeLessThan(0.06);
    }
  });
});

describe('sample timestamps', () => {
  it('lies within the window, in time order, mostly with +05:30 and some without an offset', () => {
    for (const kind of ['leads', 'calls', 'sms'] as const) {
      const stamps = files[kind].rows.map((row) => row.timestamp!);
      expect(stamps.filter((text) => !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\+05:30)?$/.test(text))).toEqual([]);
      const instants = stamps.map(instantOf);
      expect(instants.filter((at) => at < WINDOW_START || at >= WINDOW_END)).toEqual([]);
      expect(instants.every((at, i) => i === 0 || instants[i - 1]! <= at)).toBe(true);
      const withoutOffset = share(files[kind].rows, (row) => !row.timestamp!.endsWith('+05:30'));
      expect(withoutOffset).toBeGreaterThan(0.03);
      expect(withoutOffset).toBeLessThan(0.2);
    }
  });

  it('is busiest in IST business hours (09:00-21:00)', () => {
    for (const kind of ['calls', 'sms'] as const) {
      const hourIst = (row: Row) => new Date(instantOf(row.timestamp!) + 5.5 * 3_600_000).getUTCHours();
      expect(share(files[kind].rows, (row) => hourIst(row) >= 9 && hourIst(row) < 21)).toBeGreaterThan(0.8);
    }
  });

  it('puts most calls and SMS at or after the customer\'s first lead', () => {
    const firstLead = new Map<string, number>();
    for (const lead of files.leads.rows) {
      const at = instantOf(lead.timestamp!);
      firstLead.set(lead.customer_id!, Math.min(firstLead.get(lead.customer_id!) ?? Infinity, at));
    }
    for (const kind of ['calls', 'sms'] as const) {
      const early = share(files[kind].rows, (row) => instantOf(row.timestamp!) < (firstLead.get(row.customer_id!) ?? -Infinity));
      expect(early).toBeGreaterThan(0);
      expect(early).toBeLessThan(0.1);
    }
  });
});

describe('sample follow-ups', () => {
  function outboundTimes(): Map<string, number[]> {
    const times = new Map<string, number[]>();
    for (const row of [...files.calls.rows, ...files.sms.rows]) {
      if (row.direction !== 'outbound') continue;
      times.set(row.customer_id!, [...(times.get(row.customer_id!) ?? []), instantOf(row.timestamp!)]);
    }
    return times;
  }

  it('reaches some leads within 5 minutes, more within a day, and never reaches some', () => {
    const outbound = outboundTimes();
    const delays = files.leads.rows.map((lead) => {
      const at = instantOf(lead.timestamp!);
      const after = (outbound.get(lead.customer_id!) ?? []).filter((t) => t >= at);
      return after.length === 0 ? Infinity : Math.min(...after) - at;
    });
    const within = (ms: number) => delays.filter((delay) => delay <= ms).length / delays.length;
    expect(within(5 * 60_000)).toBeGreaterThan(0.1);
    expect(within(86_400_000)).toBeGreaterThan(within(5 * 60_000) + 0.2);
    expect(delays.filter((delay) => delay === Infinity).length).toBeGreaterThan(0);
  });

  it('returns many missed calls within 24 hours and leaves some unreturned', () => {
    const outbound = outboundTimes();
    const missed = files.calls.rows.filter((row) => row.direction === 'inbound' && row.status !== 'answered');
    const returned = missed.filter((row) => {
      const at = instantOf(row.timestamp!);
      return (outbound.get(row.customer_id!) ?? []).some((t) => t > at && t <= at + 86_400_000);
    });
    expect(returned.length / missed.length).toBeGreaterThan(0.4);
    expect(returned.length).toBeLessThan(missed.length);
  });
});

describe('sample agents', () => {
  it('gives most leads an owner among a handful of agents, and a few none', () => {
    const owners = files.leads.rows.map((row) => row.agent!);
    expect(new Set(owners)).toEqual(new Set([...AGENTS, '']));
    expect(share(files.leads.rows, (row) => row.agent === '')).toBeGreaterThan(0);
    expect(share(files.leads.rows, (row) => row.agent === '')).toBeLessThan(0.1);
  });

  it("hands most calls and SMS of a lead's customer to the owner of that lead, and leaves a few with no agent", () => {
    // The lead a record is about: the customer's latest lead at or before it, else their earliest.
    const leadsOf = new Map<string, Row[]>();
    for (const lead of files.leads.rows) leadsOf.set(lead.customer_id!, [...(leadsOf.get(lead.customer_id!) ?? []), lead]);
    const ownerAt = (customer: string, at: number): string | undefined => {
      const own = leadsOf.get(customer);
      if (own === undefined) return undefined;
      return (own.filter((lead) => instantOf(lead.timestamp!) <= at).at(-1) ?? own[0]!).agent;
    };
    for (const kind of ['calls', 'sms'] as const) {
      const rows = files[kind].rows;
      expect(new Set(rows.map((row) => row.agent))).toEqual(new Set([...AGENTS, '']));
      const owned = rows.filter((row) => (ownerAt(row.customer_id!, instantOf(row.timestamp!)) ?? '') !== '');
      expect(share(owned, (row) => row.agent === ownerAt(row.customer_id!, instantOf(row.timestamp!)))).toBeGreaterThan(0.7);
      expect(share(rows, (row) => row.agent === '')).toBeGreaterThan(0);
      expect(share(rows, (row) => row.agent === '')).toBeLessThan(0.06);
    }
  });
});
