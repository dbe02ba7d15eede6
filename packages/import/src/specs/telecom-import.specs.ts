/** The import specs alone, without the entities (and TypeORM): `@hcdm/telecom/import-specs`, for a parsing worker. */
export { callImportSpec } from './call.import.js';
export { smsImportSpec } from './sms.import.js';
