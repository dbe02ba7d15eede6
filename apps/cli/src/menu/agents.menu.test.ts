import { screen } from '@inquirer/testing/vitest';
import { afterEach, describe, expect, it } from 'vitest';
import { answer, choose, nextPrompt, openTestMenu, pick, startMenu, type TestMenu } from './menu.test-utils.js';

/**
 * Two agents, worked out by hand (24-hour return window):
 * - Anita: K1 outbound 100 s; SMS S1; owns L1, reached by K1 300 s after it.
 * - Rahul: K2 inbound busy (missed), returned by his K3 21 h later; K3 outbound 50 s; owns L2,
 *   first reached by K3 23 h (82800 s) after it. Customer C2 only; first L2 03-02 10:00, last K3.
 */
const AGENT_FILES = {
  'customers.csv': 'customer_id,name,phone\nC1,Asha Rao,+91-9876543210\nC2,Vikram Shah,09812345678\n',
  'listings.csv': 'property_id,title,location,price\nP1,2BHK in Baner,Pune,7500000\n',
  'leads.csv': 'lead_id,customer_id,property_id,timestamp,agent\nL1,C1,P1,2026-03-01T10:00:00Z,Anita\nL2,C2,P1,2026-03-02T10:00:00Z,Rahul\n',
  'calls.csv': [
    'call_id,customer_id,timestamp,duration,direction,status,agent',
    'K1,C1,2026-03-01T10:05:00Z,100,outbound,answered,Anita',
    'K2,C2,2026-03-02T12:00:00Z,0,inbound,busy,Rahul',
    'K3,C2,2026-03-03T09:00:00Z,50,outbound,answered,Rahul',
    '',
  ].join('\n'),
  'sms.csv': 'sms_id,customer_id,timestamp,message_length,direction,agent\nS1,C1,2026-03-01T11:00:00Z,30,inbound,Anita\n',
};

let menu: TestMenu;

afterEach(async () => {
  await menu.db.close();
});

async function openAgents(files: Record<string, string> = AGENT_FILES): Promise<void> {
  menu = await openTestMenu(files);
}

describe('the Agents section', () => {
  it('ranks every agent by talk time with all their figures', async () => {
    await openAgents();
    const menuRun = startMenu(menu);
    await choose('What would you like to do?', 'Agents');
    await choose('Agents:', 'Agents ranked');
    await choose('Rank agents by', 'Talk time');
    await choose('Which agents?', 'Every agent');
    await choose('Period', 'All time');
    await nextPrompt('What would you like to do?');
    expect(menu.out()).toEqual(
      [
        'Agents by talk time (all time)',
        '+-------+-------+----------+-----+----------+--------------+-----------+-------+',
        '| Agent | Calls |     Talk | SMS |   Missed |   Unreturned |    Median | Leads |',
        '|       |       |  Seconds |     |    Calls |       Missed |   Seconds |       |',
        '|       |       |          |     |          |              |   to Lead |       |',
        '+-------+-------+----------+-----+----------+--------------+-----------+-------+',
        '| Anita |     1 |      100 |   1 |        0 |            0 |       300 |     1 |',
        '| Rahul |     2 |       50 |   0 |        1 |            0 |     82800 |     1 |',
        '+-------+-------+----------+-----+----------+--------------+-----------+-------+',
        '',
      ].join('\n'),
    );
    await menuRun.leave();
  });

  it("ranks one agent's own when filtered by that agent, the agents and locations of the data offered", async () => {
    await openAgents();
    const menuRun = startMenu(menu);
    await choose('What would you like to do?', 'Agents');
    await choose('Agents:', 'Agents ranked');
    await choose('Rank agents by', 'Talk time');
    await choose('Which agents?', 'Every agent');
    await choose('Period', 'Filter by source, location or agent first…');
    // No lead has a source: locations and agents are offered.
    await nextPrompt('Filter by');
    expect(screen.getScreen()).not.toContain('Source');
    pick('Agent');
    await nextPrompt('Which agent?');
    expect(screen.getScreen()).toContain('Anita');
    pick('Rahul');
    await choose('Another filter?', 'No more filters');
    await choose('Period (for agent Rahul)', 'All time');
    await nextPrompt('What would you like to do?');
    // Rahul's own: K2 and K3 (50 s), K2 missed and returned by K3; L2, reached by K3 after 82800 s.
    expect(menu.out()).toEqual(
      [
        'Agents by talk time for agent Rahul (all time)',
        '+-------+-------+----------+-----+----------+--------------+-----------+-------+',
        '| Agent | Calls |     Talk | SMS |   Missed |   Unreturned |    Median | Leads |',
        '|       |       |  Seconds |     |    Calls |       Missed |   Seconds |       |',
        '|       |       |          |     |          |              |   to Lead |       |',
        '+-------+-------+----------+-----+----------+--------------+-----------+-------+',
        '| Rahul |     2 |       50 |   0 |        1 |            0 |     82800 |     1 |',
        '+-------+-------+----------+-----+----------+--------------+-----------+-------+',
        '',
      ].join('\n'),
    );
    await menuRun.leave();
  });

  it('keeps the top N when asked', async () => {
    await openAgents();
    const menuRun = startMenu(menu);
    await choose('What would you like to do?', 'Agents');
    await choose('Agents:', 'Agents ranked');
    await choose('Rank agents by', 'Missed calls');
    await choose('Which agents?', 'The top N');
    await answer('How many agents? (5)', '1');
    await choose('Period', 'All time');
    await nextPrompt('What would you like to do?');
    expect(menu.out().split('\n')[0]).toBe('Top 1 agents by missed (all time)');
    expect(menu.out()).toContain('| Rahul |');
    expect(menu.out()).not.toContain('| Anita |');
    await menuRun.leave();
  });

  it("offers the agents of the data to pick from and shows the one picked", async () => {
    await openAgents();
    const menuRun = startMenu(menu);
    await choose('What would you like to do?', 'Agents');
    await choose('Agents:', 'Agent summary');
    await nextPrompt('Which agent?');
    expect(screen.getScreen()).toContain('Anita');
    pick('Rahul');
    await choose('Period', 'All time');
    await nextPrompt('What would you like to do?');
    expect(menu.out()).toEqual(
      [
        'Agent summary for Rahul (all time)',
        'Agent: Rahul',
        'Calls: 2',
        'Inbound Calls: 1',
        'Outbound Calls: 1',
        'Answer Rate: 0',
        'Talk Seconds: 50',
        'SMS: 0',
        'Missed Calls: 1',
        'Unreturned Missed Calls: 0',
        'Leads: 1',
        'Reached Leads: 1',
        'Never Reached Leads: 0',
        'Median Seconds to Lead: 82800',
        '90th Percentile Seconds to Lead: 82800',
        'Customers: 1',
        'First Activity: 2026-03-02T10:00:00.000Z',
        'Last Activity: 2026-03-03T09:00:00.000Z',
        '',
      ].join('\n'),
    );
    await menuRun.leave();
  });

  it('says so when no record names an agent, and comes back to the menu', async () => {
    await openAgents({ 'customers.csv': 'customer_id,name,phone\nC1,Asha Rao,+91-9876543210\n' });
    const menuRun = startMenu(menu);
    await choose('What would you like to do?', 'Agents');
    await choose('Agents:', 'Agent summary');
    await nextPrompt('What would you like to do?');
    expect(menu.err()).toBe('No call, SMS or lead names an agent: import them with an agent column first.\n');
    await menuRun.leave();
  });
});
