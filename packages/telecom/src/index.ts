// Entities and their values.
export { CallRecord } from './call-record.entity.js';
export { ANSWERED, CALL_STATUSES, type CallStatus } from './call-status.js';
export { SmsRecord } from './sms-record.entity.js';
export { DIRECTIONS, type Direction } from './direction.js';

// Migrations, in order (@hcdm/schema lists them with the other packages').
export { TelecomSchema1764000000003 } from './migrations/1764000000003-telecom-schema.js';
export { CoveringAttributionIndexes1764000000004 } from './migrations/1764000000004-covering-attribution-indexes.js';
export { RecordTrackingNumber1764000000021 } from './migrations/1764000000021-record-tracking-number.js';
export { RecordAgent1764000000031 } from './migrations/1764000000031-record-agent.js';
export { CallOutcomes1764000000032 } from './migrations/1764000000032-call-outcomes.js';
export { OutboundIndexes1764000000034 } from './migrations/1764000000034-outbound-indexes.js';
export { CoveringAgentIndex1764000000041 } from './migrations/1764000000041-covering-agent-index.js';

// The service and what its methods take and return.
export { TelecomService } from './telecom.service.js';
export {
  DEFAULT_RETURN_WINDOW_HOURS,
  type AgentMissedCalls,
  type AgentMissedCallsOptions,
  type MissedCall,
  type MissedCallsOptions,
} from './missed-calls.query.js';
export type { CallerNovelty } from './caller-novelty.query.js';
export type { CallOutcomeCount } from './call-outcomes.query.js';
export type { AgentActivity, AgentActivityOptions } from './agent-activity.query.js';
export type { RecordCondition } from './record-condition.js';

// SQL helpers for the packages that query these tables (@hcdm/analyses).
export { rangeCondition, rangeParameters, whereInRange } from './time-range.sql.js';
export { toNullableNumber, toNumber } from './sql-number.js';
