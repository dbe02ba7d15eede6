import { formatCommand, type TierThresholds } from '@hcdm/analytics';
import { askSelect, askWholeNumber } from './ask.prompts.js';
import { MAX_ROWS } from './period.prompt.js';
import { askScope } from './scope.prompt.js';
import { runAndShow, type MenuEntry } from './menu-context.js';

type Which = 'top' | 'hot' | 'warm' | 'cold';

/** The tiers with the database's own thresholds (hcdm.config.json may move them). */
function choices(tiers: TierThresholds) {
  return [
    { name: 'Top leads by score', value: 'top', description: 'score 0-100 from attributed calls, SMS, talk time and recency' },
    { name: `Hot leads (score ${tiers.hot} or more)`, value: 'hot' },
    { name: `Warm leads (score ${tiers.warm} to under ${tiers.hot})`, value: 'warm' },
    { name: `Cold leads (score under ${tiers.warm})`, value: 'cold' },
  ] as const;
}

/** `show top N leads by score` or `show hot|warm|cold leads`, with a period. */
export const leadScores: MenuEntry = {
  label: 'Lead scores and tiers',
  description: 'leads by their 0-100 score, or every hot, warm or cold lead',
  async run(context) {
    const which = await askSelect<Which>('Which leads?', choices(context.db.scoring.tiers));
    if (which === 'top') {
      const limit = await askWholeNumber('How many leads?', 10, MAX_ROWS);
      return runAndShow(context, formatCommand({ kind: 'lead-score', limit, ...(await askScope(context.db, { filters: true, compare: true })) }));
    }
    return runAndShow(context, formatCommand({ kind: 'tier-leads', tier: which, ...(await askScope(context.db, { filters: true, compare: true })) }));
  },
};
