export { Customer } from './customer.entity.js';
export { CoreSchema1764000000001 } from './migrations/1764000000001-core-schema.js';
export { createHcdmDataSource, assertSqliteFile, type HcdmDataSourceOptions } from './data-source.js';
export { epochMsTransformer } from './epoch-ms.transformer.js';
export { HcdmError, InvalidValueError, NotFoundError, formatValue, type HcdmErrorCode } from './core.errors.js';
export { normalizePhone, tryNormalizePhone } from './phone.js';
export { parseTimestamp, formatInstant, isValidTimeZone } from './time.js';
export { resolvePeriod, describePeriod, ALL_TIME, type PeriodSpec, type TimeRange } from './period.js';
export { DEFAULT_SETTINGS, type HcdmSettings } from './settings.js';
