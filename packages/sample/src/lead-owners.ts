import { shuffledIndexes, type Random } from './random.js';
import { cumulativeWeights, pickIndex } from './weighted.js';

/** Share of customers that have at least one lead; the rest only call or text. */
const LEAD_CUSTOMER_SHARE = 0.8;

/**
 * The customer of each lead: most customers get one, the more active ones several (by the
 * square root of their activity, capped so no one customer holds an absurd number).
 */
export function assignLeadOwners(random: Random, leadCount: number, activity: Float64Array): Int32Array {
  const owners = new Int32Array(leadCount);
  if (leadCount === 0) return owners;
  const chosen = shuffledIndexes(random, activity.length);
  const withLeads = Math.max(1, Math.min(leadCount, Math.round(activity.length * LEAD_CUSTOMER_SHARE)));
  for (let i = 0; i < withLeads; i++) owners[i] = chosen[i]!;
  const sums = cumulativeWeights(Array.from(chosen.subarray(0, withLeads), (c) => Math.sqrt(activity[c]!)));
  const cap = Math.max(6, Math.ceil((3 * leadCount) / withLeads));
  const held = new Int32Array(withLeads).fill(1);
  for (let i = withLeads; i < leadCount; i++) {
    let pick = pickIndex(random, sums);
    while (held[pick]! >= cap) pick = pickIndex(random, sums);
    held[pick]!++;
    owners[i] = chosen[pick]!;
  }
  return owners;
}
