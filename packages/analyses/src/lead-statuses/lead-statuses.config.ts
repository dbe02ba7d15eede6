/**
 * How lead statuses read as a funnel (see the package README): the stages in order, the
 * statuses that count as won (the last stages) and those that count as lost (outside the
 * order). Statuses are compared case-insensitively, surrounding spaces ignored.
 */
export interface LeadStatusesConfig {
  /** The funnel's stages, first to last; a lead at stage k has reached stages 1..k. */
  readonly stages: readonly string[];
  /** The stages that count as won: the last ones of `stages`. */
  readonly won: readonly string[];
  /** Statuses that count as lost: not stages; each its own row below the funnel. */
  readonly lost: readonly string[];
}

/** Any part of a LeadStatusesConfig, as a config file or an option gives it; the rest keeps its value. */
export interface LeadStatusesOverrides {
  readonly stages?: readonly string[];
  readonly won?: readonly string[];
  readonly lost?: readonly string[];
}

export const LEAD_STATUS_KEYS = ['stages', 'won', 'lost'] as const;

/** The statuses `hcdm sample` writes (packages/sample leads.generator.ts), in the order a lead moves through them. */
export const DEFAULT_LEAD_STATUSES: LeadStatusesConfig = {
  stages: ['new', 'contacted', 'visit-scheduled', 'negotiating', 'closed-won'],
  won: ['closed-won'],
  lost: ['closed-lost'],
};
