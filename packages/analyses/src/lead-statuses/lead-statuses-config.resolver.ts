import { InvalidConfigError } from '../scoring/config.errors.js';
import { labelKey } from '../label-key.js';
import { DEFAULT_LEAD_STATUSES, LEAD_STATUS_KEYS, type LeadStatusesConfig } from './lead-statuses.config.js';
import { parseLeadStatusesOverrides } from './lead-statuses-config.parser.js';

/** One source of lead status settings: where they come from (for errors) and what they say. */
export interface LeadStatusesLayer {
  /** A config file's path, or "options". */
  readonly source: string;
  /** A `leadStatuses` section as given: checked here, so a program's options get the same checks. */
  readonly leadStatuses: unknown;
}

type ListName = (typeof LEAD_STATUS_KEYS)[number];

/**
 * The defaults with each layer laid over them in turn (later layers win, list by list), checked
 * as a whole: every won status is a stage and the won ones are the last stages (so "won" and
 * "reached the first won stage" are one count), and no lost status is a stage. A whole-config
 * error names the last layer that set a list involved.
 */
export function resolveLeadStatusesConfig(layers: readonly LeadStatusesLayer[]): LeadStatusesConfig {
  let config = DEFAULT_LEAD_STATUSES;
  const setBy = new Map<ListName, { source: string; order: number }>();
  layers.forEach((layer, order) => {
    if (layer.leadStatuses === undefined) return;
    const overrides = parseLeadStatusesOverrides(layer.source, 'leadStatuses', layer.leadStatuses);
    for (const name of LEAD_STATUS_KEYS) if (overrides[name]) setBy.set(name, { source: layer.source, order });
    config = { ...config, ...overrides };
  });
  const sourceOf = (...names: ListName[]) =>
    names
      .map((name) => setBy.get(name))
      .filter((set) => set !== undefined)
      .sort((a, b) => b.order - a.order)[0]?.source ?? 'defaults';
  const stageKeys = config.stages.map(labelKey);
  const notStage = config.won.find((status) => !stageKeys.includes(labelKey(status)));
  if (notStage !== undefined) {
    throw new InvalidConfigError(sourceOf('won', 'stages'), 'leadStatuses.won', 'must be stages: it is not one of leadStatuses.stages', notStage);
  }
  const lastStages = stageKeys.slice(stageKeys.length - config.won.length);
  const early = config.won.find((status) => !lastStages.includes(labelKey(status)));
  if (early !== undefined) {
    const reason = 'must be the last stages of leadStatuses.stages (a lead past a won stage would be won too)';
    throw new InvalidConfigError(sourceOf('won', 'stages'), 'leadStatuses.won', reason, early);
  }
  const lostStage = config.lost.find((status) => stageKeys.includes(labelKey(status)));
  if (lostStage !== undefined) {
    throw new InvalidConfigError(sourceOf('lost', 'stages'), 'leadStatuses.lost', 'must not be stages: a lost lead is outside the funnel\'s order', lostStage);
  }
  return config;
}
