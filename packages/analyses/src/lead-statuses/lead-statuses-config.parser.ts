import { ConfigObjectReader } from '../scoring/config-object.reader.js';
import { labelKey } from '../label-key.js';
import { LEAD_STATUS_KEYS, type LeadStatusesOverrides } from './lead-statuses.config.js';

/** Longer than any status a CRM writes; the import allows 10,000 characters, a config needs no more than this. */
const MAX_STATUS_CHARS = 200;

/**
 * Checks a `leadStatuses` section (from a config file, or options from a program) key by key:
 * each of `stages`, `won` and `lost` a list of statuses (non-empty text, none twice, compared
 * case-insensitively); `stages` and `won` not empty. How the lists fit together (won the last
 * stages, lost outside them) is checked once all layers are merged.
 */
export function parseLeadStatusesOverrides(source: string, key: string, value: unknown): LeadStatusesOverrides {
  const reader = ConfigObjectReader.of(source, key, value, LEAD_STATUS_KEYS);
  const stages = readStatuses(reader, 'stages', false);
  const won = readStatuses(reader, 'won', false);
  const lost = readStatuses(reader, 'lost', true);
  return { ...(stages && { stages }), ...(won && { won }), ...(lost && { lost }) };
}

function readStatuses(reader: ConfigObjectReader, name: string, mayBeEmpty: boolean): string[] | undefined {
  if (!reader.has(name)) return undefined;
  const value = reader.value(name);
  const rule = mayBeEmpty ? 'must be a list of statuses, like ["closed-lost"]' : 'must be a list of one or more statuses, like ["new", "contacted"]';
  if (!Array.isArray(value) || (!mayBeEmpty && value.length === 0)) throw reader.error(name, rule, value);
  const seen = new Set<string>();
  return value.map((status: unknown, index) => {
    if (typeof status !== 'string' || status.trim() === '' || status.length > MAX_STATUS_CHARS) {
      throw reader.error(`${name}[${index}]`, `must be a status: text of 1 to ${MAX_STATUS_CHARS} characters`, status);
    }
    const trimmed = status.trim();
    if (seen.has(labelKey(trimmed))) throw reader.error(name, 'names a status twice (case does not matter)', trimmed);
    seen.add(labelKey(trimmed));
    return trimmed;
  });
}
