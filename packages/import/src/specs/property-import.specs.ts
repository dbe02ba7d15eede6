/** The import specs alone, without the entities (and TypeORM): `@hcdm/property/import-specs`, for a parsing worker. */
export { listingImportSpec } from './listing.import.js';
export { leadImportSpec } from './lead.import.js';
