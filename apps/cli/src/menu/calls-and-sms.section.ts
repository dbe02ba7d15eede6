import { activityHeatmap } from './activity-heatmap.menu.js';
import { activityTrend } from './activity-trend.menu.js';
import { callerNovelty } from './caller-novelty.menu.js';
import { callOutcomes } from './call-outcomes.menu.js';
import { menuSection } from './menu-section.js';
import { missedCalls } from './missed-calls.menu.js';
import { speedToLead } from './speed-to-lead.menu.js';
import { unreachedLeads } from './unreached-leads.menu.js';

export const callsAndSmsSection = menuSection('Calls & SMS', 'missed calls, new vs repeat callers, speed to lead, unreached leads, heatmap, trends, call outcomes', {
  missedCalls,
  callerNovelty,
  speedToLead,
  unreachedLeads,
  activityHeatmap,
  activityTrend,
  callOutcomes,
});
