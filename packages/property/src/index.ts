export { Lead } from './lead.entity.js';
export { Listing } from './listing.entity.js';
export { PropertySchema1764000000002 } from './migrations/1764000000002-property-schema.js';
export { TrackingNumbers1764000000020 } from './migrations/1764000000020-tracking-numbers.js';
export { LeadAgent1764000000030 } from './migrations/1764000000030-lead-agent.js';
export { TrackingNumber } from './tracking-number.entity.js';
export { type LeadCount, type LeadCountField, PropertyService } from './property.service.js';
