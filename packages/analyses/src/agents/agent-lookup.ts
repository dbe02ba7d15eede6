import { NotFoundError, queryNamed } from '@hcdm/core';
import type { EntityManager } from 'typeorm';
import { compareIds } from '../id-order.js';

const TABLES = ['calls', 'sms', 'leads'] as const;

/** How many known agents an unknown agent's error names, so the line stays one line. */
const NAMED_IN_ERROR = 8;

/**
 * The agent as the data spells them: `name` itself when a call, SMS or lead names that agent
 * (an index probe per table), else the one agent whose name differs from it only in case or
 * surrounding spaces. Otherwise a NotFoundError naming the agents there are.
 */
export async function resolveAgent(manager: EntityManager, name: string): Promise<string> {
  const wanted = name.trim();
  for (const table of TABLES) {
    const found = await queryNamed(manager, `SELECT 1 AS found FROM ${table} WHERE agent = :agent LIMIT 1`, { agent: wanted });
    if (found.length > 0) return wanted;
  }
  const known = await knownAgents(manager);
  const alike = known.filter((agent) => agent.trim().toLowerCase() === wanted.toLowerCase());
  if (alike.length === 1) return alike[0]!;
  throw new NotFoundError(`no agent "${wanted}" on any call, SMS or lead${knownList(known)}`);
}

/** Every agent named on a call, SMS or lead, in byte order. */
async function knownAgents(manager: EntityManager): Promise<string[]> {
  const branches = TABLES.map((table) => `SELECT agent FROM ${table} WHERE agent IS NOT NULL`).join(' UNION ');
  const rows = await queryNamed<{ agent: string }>(manager, `SELECT agent FROM (${branches}) a`, {});
  return rows.map((row) => row.agent).sort(compareIds);
}

function knownList(known: readonly string[]): string {
  if (known.length === 0) return ' (no record names an agent)';
  const shown = known.slice(0, NAMED_IN_ERROR).join(', ');
  return ` (agents: ${shown}${known.length > NAMED_IN_ERROR ? `, and ${known.length - NAMED_IN_ERROR} more` : ''})`;
}
