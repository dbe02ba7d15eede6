import { InvalidCommandError } from '../query.errors.js';

const PRICE = /^\d+(\.\d+)?$/;

/** `5000000,10000000,20000000`: prices of 0 or more, strictly increasing; else an InvalidCommandError saying why. */
export function parseBandEdges(text: string, written: string): number[] {
  if (written.trim() === '') throw invalid(text, 'needs prices separated by commas, as "with bands 100,200"');
  const edges = written.split(',').map((part) => {
    const price = part.trim();
    if (!PRICE.test(price)) throw invalid(text, `needs prices of 0 or more separated by commas (${price === '' ? 'empty' : price})`);
    return Number(price);
  });
  edges.forEach((edge, i) => {
    if (i > 0 && edge <= (edges[i - 1] ?? 0)) throw invalid(text, `each edge must be above the one before (${written.trim()})`);
  });
  return edges;
}

function invalid(text: string, reason: string): InvalidCommandError {
  return new InvalidCommandError(text, `bands: ${reason}`);
}
