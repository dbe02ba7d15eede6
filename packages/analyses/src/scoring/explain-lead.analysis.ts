import { ALL_TIME, NotFoundError, type TimeRange } from '@hcdm/core';
import type { EntityManager } from 'typeorm';
import { scoreActivity, toScoreRow, type LeadScoreRow } from './lead-activity.scorer.js';
import { leadActivity } from './lead-activity.sql.js';
import { leadDetails } from './lead-details.sql.js';
import { resolveNow } from './score-leads.analysis.js';
import { DEFAULT_SCORING_CONFIG, type ScoreFactor, type ScoringConfig } from './scoring.config.js';

export interface ExplainLeadOptions {
  readonly config?: ScoringConfig;
  readonly range?: TimeRange;
  /** Epoch ms that recency is measured from; by default the latest timestamp in the data. */
  readonly now?: number;
}

/** One line of an explanation: a factor (or the total), its raw value, its weight, its points. */
export interface ScoreFactorRow {
  readonly factor: ScoreFactor | 'total';
  /** Calls, SMS, call seconds, or days since the last counted event (null: none); null for the total. */
  readonly value: number | null;
  readonly weight: number;
  readonly points: number;
}

export interface LeadExplanation {
  readonly lead: LeadScoreRow;
  /** Epoch ms of the event recency is measured from; null when nothing of the lead is counted. */
  readonly lastActivityAt: number | null;
  /** Epoch ms recency was measured to. */
  readonly now: number;
  /** One row per factor, then the total: the factors' points add up to it. */
  readonly factors: readonly ScoreFactorRow[];
}

/** Why a lead scores what it does. An unknown lead id is a NotFoundError. */
export async function explainLead(manager: EntityManager, leadId: string, options: ExplainLeadOptions = {}): Promise<LeadExplanation> {
  const range = options.range ?? ALL_TIME;
  const config = options.config ?? DEFAULT_SCORING_CONFIG;
  const [activity] = await leadActivity(manager, range, { leadId });
  const details = (await leadDetails(manager, [leadId])).get(leadId);
  if (!activity || !details) throw new NotFoundError(`no lead ${leadId}`);
  const now = await resolveNow(manager, options.now);
  const scored = scoreActivity(activity, range, config, now);
  const { factors, score } = scored.score;
  const weight = factors.reduce((sum, factor) => sum + factor.weight, 0);
  const total: ScoreFactorRow = { factor: 'total', value: null, weight: Math.round(weight * 10) / 10, points: score };
  return { lead: toScoreRow(details, scored), lastActivityAt: scored.lastActivityAt, now, factors: [...factors, total] };
}
