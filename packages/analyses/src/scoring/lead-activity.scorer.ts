import type { TimeRange } from '@hcdm/core';
import { compareIds } from '../id-order.js';
import type { LeadActivity } from './lead-activity.sql.js';
import type { LeadDetails } from './lead-details.sql.js';
import { scoreLead, type LeadScore } from './lead-score.formula.js';
import type { LeadTier, ScoringConfig } from './scoring.config.js';

/** A scored lead as the rankings list it: who, what was counted, the score and its tier. */
export interface LeadScoreRow extends LeadDetails {
  readonly callCount: number;
  readonly smsCount: number;
  readonly callSeconds: number;
  readonly score: number;
  readonly tier: LeadTier;
}

export interface ScoredLead {
  readonly activity: LeadActivity;
  readonly score: LeadScore;
  /** Epoch ms recency is measured from; null when nothing of the lead is in the range. */
  readonly lastActivityAt: number | null;
}

/** Scores one lead's counted activity, measuring recency from `now` (epoch ms). */
export function scoreActivity(activity: LeadActivity, range: TimeRange, config: ScoringConfig, now: number): ScoredLead {
  const last = lastActivityAt(activity, range);
  const inputs = { calls: activity.callCount, sms: activity.smsCount, callSeconds: activity.callSeconds, lastActivityAt: last };
  return { activity, score: scoreLead(inputs, config, now), lastActivityAt: last };
}

/**
 * The items `scoreOf` keeps (null leaves one out), ranked: highest score first, ties by lead id.
 * The sort reads each item's score and id copied out of it: the cold tier ranks some 150,000
 * leads, and a comparator reading them through two nested objects was a good part of that.
 */
export function rankScored<T>(items: Iterable<T>, scoreOf: (item: T) => ScoredLead | null): { item: T; scored: ScoredLead }[] {
  const ranked: { item: T; scored: ScoredLead; score: number; leadId: string }[] = [];
  for (const item of items) {
    const scored = scoreOf(item);
    if (scored !== null) ranked.push({ item, scored, score: scored.score.score, leadId: scored.activity.leadId });
  }
  return ranked.sort((a, b) => b.score - a.score || compareIds(a.leadId, b.leadId));
}

export function toScoreRow(details: LeadDetails, { activity, score }: ScoredLead): LeadScoreRow {
  const { leadId, customerId, name, phone, propertyId } = details;
  const { callCount, smsCount, callSeconds } = activity;
  return { leadId, customerId, name, phone, propertyId, callCount, smsCount, callSeconds, score: score.score, tier: score.tier };
}

/**
 * The lead's latest counted event: its creation (when in the range) or its latest attributed
 * call or SMS, whichever is later. The creation counts because a lead made after the
 * customer's older calls (which the attribution rule gives to the earliest lead) is fresher
 * than those calls; only when a filter keeps the lead itself (an agent's: one they own). Null
 * when nothing of the lead is in the range.
 */
function lastActivityAt(lead: LeadActivity, range: TimeRange): number | null {
  const created = lead.creationKept && inRange(lead.createdAt, range) ? lead.createdAt : null;
  if (created === null) return lead.lastRecordAt;
  return lead.lastRecordAt === null ? created : Math.max(created, lead.lastRecordAt);
}

function inRange(instant: number, range: TimeRange): boolean {
  return (range.from === null || instant >= range.from) && (range.to === null || instant < range.to);
}
