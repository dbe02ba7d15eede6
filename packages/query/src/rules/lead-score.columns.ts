import { scoreLeads, type LeadScoreRow, type RecordFilter } from '@hcdm/analyses';
import type { TimeRange } from '@hcdm/core';
import { withComparison, type ComparableQuery, type ComparedTable } from './comparison.result.js';
import type { RuleContext } from './rule.types.js';
import { numberColumn, textColumn } from './query-result.builder.js';

/** The columns of every list of scored leads (top by score, a tier). */
export const LEAD_SCORE_COLUMNS = [
  textColumn('leadId', 'Lead ID'),
  textColumn('name', 'Name'),
  textColumn('phone', 'Phone'),
  textColumn('propertyId', 'Listing'),
  numberColumn('score', 'Score'),
  textColumn('tier', 'Tier'),
];

const KEYS = ['leadId', 'customerId', 'name', 'phone', 'propertyId', 'score', 'tier'];

/**
 * The rows as the columns show them, plus the customer id as in every lead row; compared, each
 * lead's score beside its score over the previous period, recency measured from "now" moved
 * back as far (what the command said one period ago; a lead with nothing then scores 0).
 */
export async function leadScoreTable(
  query: ComparableQuery & { readonly filters?: RecordFilter },
  context: RuleContext,
  range: TimeRange,
  rows: readonly LeadScoreRow[],
): Promise<ComparedTable> {
  const table = { rows, columns: LEAD_SCORE_COLUMNS, keys: KEYS, figures: ['score' as const], shown: ['score'] };
  return withComparison(query, context, range, table, async (previous) => {
    const now = previous.now ?? undefined;
    const before = await scoreLeads(context.manager, { config: context.scoring, range: previous.range, now, filter: query.filters });
    const scores = new Map(before.map((row) => [row.leadId, row]));
    return (row) => scores.get(row.leadId);
  });
}
