import { formatCommand } from '@hcdm/analytics';
import { askSelect, askWholeNumber } from './ask.prompts.js';
import { MAX_ROWS } from './period.prompt.js';
import { askScope } from './scope.prompt.js';
import { runAndShow, type MenuEntry } from './menu-context.js';

const METRICS = [
  { name: 'Calls handled', value: 'calls', description: 'inbound and outbound calls the agent handled' },
  { name: 'Talk time', value: 'callSeconds', description: 'the seconds of those calls' },
  { name: 'Missed calls', value: 'missedCalls', description: 'inbound calls the agent handled that nobody answered' },
  { name: 'Unreturned missed calls', value: 'unreturnedMissedCalls', description: 'of those, the ones not called or texted back within 24 hours' },
  { name: 'Speed to lead', value: 'medianSpeedToLeadSeconds', description: "median time to first contact of the agent's leads, fastest first" },
  { name: 'Leads owned', value: 'leads', description: 'leads the agent owns' },
] as const;

const HOW_MANY = [
  { name: 'Every agent', value: 'all' },
  { name: 'The top N', value: 'top' },
] as const;

/** `show [top N] agents by METRIC [filters] [period]`, asked step by step. */
export const agentRanking: MenuEntry = {
  label: 'Agents ranked',
  description: 'every agent with calls, talk time, SMS, missed and unreturned calls, speed to lead, leads',
  async run(context) {
    const metric = await askSelect('Rank agents by', METRICS);
    const limit = (await askSelect('Which agents?', HOW_MANY)) === 'all' ? null : await askWholeNumber('How many agents?', 5, MAX_ROWS);
    const scope = await askScope(context.db, { filters: true });
    return runAndShow(context, formatCommand({ kind: 'agent-ranking', metric, limit, ...scope }));
  },
};
