import { InvalidCommandError } from '../analytics.errors.js';

/** `5000000,10000000,20000000`: prices of 0 or more, strictly increasing; else an InvalidCommandError saying why. */
export function parseBandEdges(text: string, written: string): number[] {
  const parts = written.split(',').map((part) => part.trim());
  if (written.trim() === '') throw new InvalidCommandError(text, 'bands: needs prices separated by commas, as "with bands 100,200"');
  const edges = parts.map((part) => {
    if (!/^\d+(\.\d+)?$/.test(part)) throw new InvalidCommandError(text, `bands: needs prices of 0 or more separated by commas (${part === '' ? 'empty' : part})`);
    return Number(part);
  });
  edges.forEach((edge, i) => {
    if (i > 0 && edge <= (edges[i - 1] ?? 0)) throw new InvalidCommandError(text, `bands: each edge must be above the one before (${written.trim()})`);
  });
  return edges;
}
