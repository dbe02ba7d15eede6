import type { SampleLead } from './leads.generator.js';
import { mulberry32, randomInt, streamSeed, type Random } from './random.js';
import { DAY_MS, HOUR_MS, MINUTE_MS } from './time-window.js';
import { weightedChoice } from './weighted.js';

/** An outbound call or SMS planned for a customer, optionally about one listing (-1: none). */
export interface FollowUp {
  at: number;
  customer: number;
  property: number;
}

export interface LeadFollowUps {
  calls: FollowUp[];
  sms: FollowUp[];
}

/** Most leads get a first call, some an SMS, a fifth are never reached. */
const pickChannel = weightedChoice<'call' | 'sms' | 'none'>([['call', 55], ['sms', 25], ['none', 20]]);

/** Speed to lead: a quarter within 5 minutes, most within a day, some only after days. */
const pickDelay = weightedChoice<readonly [number, number]>([
  [[30_000, 5 * MINUTE_MS], 25],
  [[5 * MINUTE_MS, HOUR_MS], 30],
  [[HOUR_MS, DAY_MS], 30],
  [[DAY_MS, 5 * DAY_MS], 15],
]);

export function followUpDelay(random: Random, range: readonly [number, number]): number {
  return randomInt(random, range[0] / 1000, range[1] / 1000) * 1000;
}

/** The first outbound contact after each lead, so speed-to-lead analyses have data. */
export function planLeadFollowUps(leads: readonly SampleLead[], seed: number): LeadFollowUps {
  const random = mulberry32(streamSeed(seed, 'leads.follow-ups'));
  const plan: LeadFollowUps = { calls: [], sms: [] };
  for (const lead of leads) {
    const channel = pickChannel(random);
    const at = lead.at + followUpDelay(random, pickDelay(random));
    const property = random() < 0.5 ? lead.listing : -1;
    if (channel === 'call') plan.calls.push({ at, customer: lead.customer, property });
    if (channel === 'sms') plan.sms.push({ at, customer: lead.customer, property });
  }
  return plan;
}
