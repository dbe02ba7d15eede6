import { explainLead } from './explain-lead.menu.js';
import { leadScores } from './lead-scores.menu.js';
import { leadFunnel } from './lead-funnel.menu.js';
import { leadSources } from './lead-sources.menu.js';
import { leadTrend } from './lead-trend.menu.js';
import { menuSection } from './menu-section.js';
import { topLeads } from './top-leads.menu.js';

export const leadsSection = menuSection('Leads', 'top leads, lead scores and tiers, why a lead scores what it does, leads over time, sources, the funnel', {
  topLeads,
  leadScores,
  explainLead,
  leadTrend,
  leadSources,
  leadFunnel,
});
