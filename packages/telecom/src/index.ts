export { CallRecord, type CallStatus } from './call-record.entity.js';
export { type CallerNovelty, countCallerNovelty } from './caller-novelty.query.js';
export { DIRECTIONS, type Direction } from './direction.js';
export { TelecomSchema1764000000003 } from './migrations/1764000000003-telecom-schema.js';
export { CoveringAttributionIndexes1764000000004 } from './migrations/1764000000004-covering-attribution-indexes.js';
export { DEFAULT_RETURN_WINDOW_HOURS, type MissedCall, type MissedCallsOptions, findMissedCalls } from './missed-calls.query.js';
export { SmsRecord } from './sms-record.entity.js';
export { TelecomService } from './telecom.service.js';
