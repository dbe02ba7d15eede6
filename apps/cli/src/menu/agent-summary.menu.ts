import { formatCommand } from '@hcdm/analytics';
import { askSelect } from './ask.prompts.js';
import { askPeriod } from './period.prompt.js';
import { runAndShow, type MenuContext, type MenuEntry } from './menu-context.js';

/** `show agent summary for A [period]`: the agent picked from those the data names, so no name is mistyped. */
export const agentSummary: MenuEntry = {
  label: 'Agent summary',
  description: "one agent's calls, answer rate, talk time, SMS, missed calls, leads and speed to lead",
  async run(context) {
    const agents = await knownAgents(context);
    if (agents.length === 0) {
      context.err.write('No call, SMS or lead names an agent: import them with an agent column first.\n');
      return 'again';
    }
    const agent = await askSelect(
      'Which agent?',
      agents.map((name) => ({ name, value: name })),
    );
    const period = await askPeriod();
    return runAndShow(context, formatCommand({ kind: 'agent-summary', agent, period }));
  },
};

/** Every agent of the data, in name order: the all-time ranking lists each agent once. */
async function knownAgents(context: MenuContext): Promise<string[]> {
  const ranking = await context.db.query(formatCommand({ kind: 'agent-ranking', metric: 'calls', limit: null, period: null }));
  return ranking.rows.map((row) => String(row.agent)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
