import type { SampleLead } from './leads.generator.js';
import type { Random } from './random.js';
import { weightedChoice } from './weighted.js';

/** The sales team: a handful of agents, some carrying more of the work than others. */
export const AGENTS = ['Anita Desai', 'Rahul Verma', 'Sneha Kulkarni', 'Vikram Joshi', 'Pooja Menon', 'Karan Bhatia'] as const;

const pickAgent = weightedChoice<string>([
  ['Anita Desai', 26],
  ['Rahul Verma', 22],
  ['Sneha Kulkarni', 18],
  ['Vikram Joshi', 14],
  ['Pooja Menon', 12],
  ['Karan Bhatia', 8],
]);

/** Leads nobody has picked up yet (a web form's lead waiting in the queue). */
const UNOWNED_LEAD_SHARE = 0.04;
/** Calls and SMS that name no agent: the IVR, an automated text, a call nobody was logged in for. */
const NO_AGENT_SHARE = 0.03;
/** A customer's calls and SMS mostly go to the owner of their lead; the rest to whoever was free. */
const OWNER_SHARE = 0.8;

/** The owner of a new lead, or '' for none. */
export function leadOwner(random: Random): string {
  return random() < UNOWNED_LEAD_SHARE ? '' : pickAgent(random);
}

/**
 * Who handles a customer's call or SMS: mostly the owner of the lead the record is about (the
 * customer's latest lead at or before it, else their earliest: the attribution rule's choice),
 * else another agent; a few records name none.
 */
export class RecordAgents {
  /** Each customer's leads in time order, as [time, owner] pairs. */
  private readonly leadsByCustomer = new Map<number, { at: number; agent: string }[]>();

  constructor(leads: readonly SampleLead[]) {
    for (const lead of [...leads].sort((a, b) => a.at - b.at)) {
      const own = this.leadsByCustomer.get(lead.customer) ?? [];
      own.push({ at: lead.at, agent: lead.agent });
      this.leadsByCustomer.set(lead.customer, own);
    }
  }

  /** The agent of a record of `customer` at `at`, '' for none. */
  pick(random: Random, customer: number, at: number): string {
    if (random() < NO_AGENT_SHARE) return '';
    const owner = this.ownerAt(customer, at);
    return owner !== '' && random() < OWNER_SHARE ? owner : pickAgent(random);
  }

  private ownerAt(customer: number, at: number): string {
    const own = this.leadsByCustomer.get(customer);
    if (own === undefined) return '';
    let latest = own[0]!;
    for (const lead of own) if (lead.at <= at) latest = lead;
    return latest.agent;
  }
}
