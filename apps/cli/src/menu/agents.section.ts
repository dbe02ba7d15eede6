import { agentRanking } from './agent-ranking.menu.js';
import { agentSummary } from './agent-summary.menu.js';
import { menuSection } from './menu-section.js';

export const agentsSection = menuSection('Agents', "agents ranked by calls, talk time, missed calls, speed to lead or leads; one agent's summary", {
  agentRanking,
  agentSummary,
});
