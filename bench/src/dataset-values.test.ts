import { describe, expect, it } from 'vitest';
import { withDatasetValues, type DatasetValues } from './dataset-values.js';

const VALUES: DatasetValues = { lead: 'L0102', listing: 'P017', customer: 'C001', phone: '+919800000001', source: 'website', location: 'Baner, Pune', agent: 'Anita Desai' };

describe('withDatasetValues', () => {
  it("puts the dataset's values in a command's placeholders, each as often as it appears", () => {
    expect(withDatasetValues('show top 5 leads by call volume for source {source} and location {location}', VALUES)).toBe(
      'show top 5 leads by call volume for source website and location Baner, Pune',
    );
    expect(withDatasetValues('explain lead {lead} for agent {agent} {agent}', VALUES)).toBe('explain lead L0102 for agent Anita Desai Anita Desai');
    expect(withDatasetValues('show call outcomes', VALUES)).toBe('show call outcomes');
  });

  it('refuses a placeholder the dataset has no value for', () => {
    expect(() => withDatasetValues('show x {tracking}', VALUES)).toThrow('bench: no dataset value for {tracking} in "show x {tracking}"');
  });
});
