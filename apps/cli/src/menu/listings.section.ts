import { listingSummary } from './listing-summary.menu.js';
import { locations } from './locations.menu.js';
import { menuSection } from './menu-section.js';
import { priceBands } from './price-bands.menu.js';
import { topListings } from './top-listings.menu.js';
import { trackingNumbers } from './tracking-numbers.menu.js';

export const listingsSection = menuSection('Listings', 'top listings, one listing, locations, price bands, tracking numbers', {
  topListings,
  listingSummary,
  locations,
  priceBands,
  trackingNumbers,
});
