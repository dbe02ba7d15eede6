import type { ActivityModel } from './activity-model.js';
import type { RecordAgents } from './agents.js';
import type { FollowUp } from './lead-follow-ups.js';
import type { TimeWindow } from './time-window.js';

/** What the calls and SMS generators share: the window, who is active when, and the ids to write. */
export interface ActivityInput {
  count: number;
  seed: number;
  window: TimeWindow;
  model: ActivityModel;
  /** Who handles each call or SMS. */
  agents: RecordAgents;
  /** Outbound contacts planned after leads, on this channel. */
  followUps: readonly FollowUp[];
  customerIds: readonly string[];
  listingIds: readonly string[];
}
