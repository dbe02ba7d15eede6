import { formatCommand } from '@hcdm/analytics';
import { askSelect } from './ask.prompts.js';
import { askPeriod } from './period.prompt.js';
import { runAndShow, type MenuContext, type MenuEntry } from './menu-context.js';

const ALL = { name: 'All sources', value: '' } as const;

/** `show lead funnel [for source X] [period]`, the source chosen from those the leads have. */
export const leadFunnel: MenuEntry = {
  label: 'Lead funnel',
  description: 'leads per status in the stage order, and the share that reached each stage',
  async run(context) {
    const source = await askSelect('Which leads?', [ALL, ...(await sourceChoices(context))]);
    const period = await askPeriod();
    return runAndShow(context, formatCommand({ kind: 'lead-funnel', source: source === '' ? null : source, period }));
  },
};

/** The sources the data has, most leads first, read through the language as every menu answer is. */
async function sourceChoices(context: MenuContext): Promise<{ name: string; value: string; description: string }[]> {
  const { rows } = await context.db.query('show sources by leads');
  return rows
    .filter((row) => typeof row.source === 'string')
    .map((row) => ({ name: String(row.source), value: String(row.source), description: `${String(row.leads)} leads in all` }));
}
