import { explainLead } from './explain-lead.menu.js';
import { leadScores } from './lead-scores.menu.js';
import { menuSection } from './menu-section.js';
import { topLeads } from './top-leads.menu.js';

export const leadsSection = menuSection('Leads', 'top leads, lead scores and tiers, why a lead scores what it does', {
  topLeads,
  leadScores,
  explainLead,
});
