export interface Locality {
  readonly name: string;
  readonly city: string;
  /** Typical sale rate for an apartment, rupees per square foot. */
  readonly ratePerSqft: number;
}

/** A fixed spread of localities across five markets, with rough going rates. */
export const LOCALITIES: readonly Locality[] = [
  { name: 'Andheri West', city: 'Mumbai', ratePerSqft: 26_000 },
  { name: 'Powai', city: 'Mumbai', ratePerSqft: 22_000 },
  { name: 'Thane West', city: 'Thane', ratePerSqft: 14_000 },
  { name: 'Kharghar', city: 'Navi Mumbai', ratePerSqft: 10_500 },
  { name: 'Whitefield', city: 'Bengaluru', ratePerSqft: 8_500 },
  { name: 'Koramangala', city: 'Bengaluru', ratePerSqft: 15_000 },
  { name: 'HSR Layout', city: 'Bengaluru', ratePerSqft: 12_000 },
  { name: 'Sarjapur Road', city: 'Bengaluru', ratePerSqft: 7_500 },
  { name: 'Baner', city: 'Pune', ratePerSqft: 11_000 },
  { name: 'Hinjewadi', city: 'Pune', ratePerSqft: 7_500 },
  { name: 'Kharadi', city: 'Pune', ratePerSqft: 9_500 },
  { name: 'Gachibowli', city: 'Hyderabad', ratePerSqft: 9_000 },
  { name: 'Kondapur', city: 'Hyderabad', ratePerSqft: 8_000 },
  { name: 'Sector 54', city: 'Gurugram', ratePerSqft: 16_000 },
  { name: 'Sector 150', city: 'Noida', ratePerSqft: 7_000 },
  { name: 'Dwarka', city: 'New Delhi', ratePerSqft: 12_000 },
];
