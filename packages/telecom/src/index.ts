export { CallRecord, type CallStatus } from './call-record.entity.js';
export { SmsRecord } from './sms-record.entity.js';
export { DIRECTIONS, type Direction } from './direction.js';
export { TelecomSchema1764000000003 } from './migrations/1764000000003-telecom-schema.js';
export { CoveringAttributionIndexes1764000000004 } from './migrations/1764000000004-covering-attribution-indexes.js';
export { callImportSpec } from './call.import.js';
export { smsImportSpec } from './sms.import.js';
export { TelecomService } from './telecom.service.js';
export {
  findMissedCalls,
  DEFAULT_RETURN_WINDOW_HOURS,
  type MissedCall,
  type MissedCallsOptions,
} from './missed-calls.query.js';
export { countCallerNovelty, type CallerNovelty } from './caller-novelty.query.js';
