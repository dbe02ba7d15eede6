import { idList } from './ids.js';
import { LOCALITIES, type Locality } from './localities.data.js';
import { mulberry32, streamSeed, type Random } from './random.js';
import { weightedChoice } from './weighted.js';

export type ListingKind = 'apartment' | 'villa' | 'plot' | 'rental';

export interface SampleListing {
  id: string;
  title: string;
  location: string;
  /** Rupees: the asking price, or the monthly rent of a rental. */
  price: number;
  bedrooms: number | null;
  kind: ListingKind;
}

export const LISTING_HEADER = ['property_id', 'title', 'location', 'price', 'bedrooms', 'kind'] as const;

const pickKind = weightedChoice<ListingKind>([
  ['apartment', 45],
  ['rental', 30],
  ['plot', 13],
  ['villa', 12],
]);
const pickApartmentBedrooms = weightedChoice([[1, 15], [2, 40], [3, 33], [4, 12]]);
const pickRentalBedrooms = weightedChoice([[1, 30], [2, 45], [3, 25]]);
const pickVillaBedrooms = weightedChoice([[3, 40], [4, 40], [5, 20]]);
/** Carpet area by bedrooms, square feet. */
const AREA_BY_BEDROOMS = [0, 550, 900, 1350, 2000, 2800];
/** Yearly rent is about 3% of the sale value in Indian metros. */
const MONTHLY_RENT_YIELD = 0.03 / 12;

/** Listings P001.. over fixed Indian localities, priced from the locality's going rate. */
export function generateListings(count: number, seed: number): SampleListing[] {
  const random = mulberry32(streamSeed(seed, 'listings'));
  return idList('P', 3, count).map((id) => {
    const locality = LOCALITIES[Math.floor(random() * LOCALITIES.length)]!;
    return { id, location: `${locality.name}, ${locality.city}`, ...describeProperty(random, locality) };
  });
}

function describeProperty(random: Random, locality: Locality): Omit<SampleListing, 'id' | 'location'> {
  const kind = pickKind(random);
  const jitter = 0.85 + random() * 0.35;
  const place = locality.name;
  if (kind === 'plot') {
    const area = 600 + 200 * Math.floor(random() * 18);
    const price = roundTo(area * locality.ratePerSqft * 0.6 * jitter, 100_000);
    return { title: `${area} sq ft Plot in ${place}`, price, bedrooms: null, kind };
  }
  if (kind === 'villa') {
    const bedrooms = pickVillaBedrooms(random);
    const price = roundTo(AREA_BY_BEDROOMS[bedrooms]! * 1.6 * locality.ratePerSqft * 1.2 * jitter, 500_000);
    return { title: `${bedrooms}BHK Villa in ${place}`, price, bedrooms, kind };
  }
  if (kind === 'rental') {
    const bedrooms = pickRentalBedrooms(random);
    const price = roundTo(AREA_BY_BEDROOMS[bedrooms]! * locality.ratePerSqft * MONTHLY_RENT_YIELD * jitter, 500);
    return { title: `${bedrooms}BHK Flat for Rent in ${place}`, price, bedrooms, kind };
  }
  const bedrooms = pickApartmentBedrooms(random);
  const price = roundTo(AREA_BY_BEDROOMS[bedrooms]! * locality.ratePerSqft * jitter, 50_000);
  return { title: `${bedrooms}BHK Apartment in ${place}`, price, bedrooms, kind };
}

function roundTo(value: number, step: number): number {
  return Math.max(step, Math.round(value / step) * step);
}

export function listingFields(listing: SampleListing): (string | number | null)[] {
  return [listing.id, listing.title, listing.location, listing.price, listing.bedrooms, listing.kind];
}
