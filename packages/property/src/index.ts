export { Listing } from './listing.entity.js';
export { Lead } from './lead.entity.js';
export { PropertySchema1764000000002 } from './migrations/1764000000002-property-schema.js';
export { listingImportSpec } from './listing.import.js';
export { leadImportSpec } from './lead.import.js';
