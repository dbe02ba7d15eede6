import { formatCommand } from '@hcdm/analytics';
import { askId } from './id.prompt.js';
import { askPeriod } from './period.prompt.js';
import { runAndShow, type MenuEntry } from './menu-context.js';

/** `explain lead L102 [period]`: the factors of one lead's score. */
export const explainLead: MenuEntry = {
  label: "Explain a lead's score",
  description: 'each factor of one lead: its raw value, weight and points',
  async run(context) {
    const leadId = await askId('Lead id', 'L102');
    const period = await askPeriod();
    return runAndShow(context, formatCommand({ kind: 'explain-lead', leadId, period }));
  },
};
