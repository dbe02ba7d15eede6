import type { LeadScoreRow } from '@hcdm/analyses';
import type { QueryRow } from '../query-result.types.js';
import { numberColumn, pickRows, textColumn } from './query-result.builder.js';

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

/** The rows as the columns show them, plus the customer id as in every lead row. */
export function leadScoreRows(rows: readonly LeadScoreRow[]): QueryRow[] {
  return pickRows(rows, KEYS);
}
