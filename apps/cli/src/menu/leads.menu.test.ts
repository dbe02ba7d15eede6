import { screen } from '@inquirer/testing/vitest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answer, choose, nextPrompt, openTestMenu, pick, startMenu, typeAnswer, typeRefused, type TestMenu } from './menu.test-utils.js';

// Scores on the menu fixture, worked out in menu-fixture.test-utils.ts: L3 50.3 warm, L2 32.6 cold, L1 32.2 cold.
let menu: TestMenu;

beforeEach(async () => {
  menu = await openTestMenu();
});

afterEach(async () => {
  await menu.db.close();
});

describe('the Leads section', () => {
  it('lists the top leads by score', async () => {
    const menuRun = startMenu(menu);
    await choose('What would you like to do?', 'Leads');
    await choose('Leads:', 'Lead scores and tiers');
    await choose('Which leads?', 'Top leads by score');
    await answer('How many leads? (10)', '2');
    await choose('Period', 'All time');
    await nextPrompt('What would you like to do?');
    expect(menu.out()).toEqual(
      [
        'Top 2 leads by score (all time)',
        '+---------+-------------+---------------+---------+-------+------+',
        '| Lead ID | Name        | Phone         | Listing | Score | Tier |',
        '+---------+-------------+---------------+---------+-------+------+',
        '| L3      | Asha Rao    | +919876543210 | P3      |  50.3 | warm |',
        '| L2      | Vikram Shah | +919812345678 | P2      |  32.6 | cold |',
        '+---------+-------------+---------------+---------+-------+------+',
        '',
      ].join('\n'),
    );
    await menuRun.leave();
  });

  it('names the tiers with their thresholds and lists the cold leads, best first', async () => {
    const menuRun = startMenu(menu);
    await choose('What would you like to do?', 'Leads');
    await choose('Leads:', 'Lead scores and tiers');
    await nextPrompt('Which leads?');
    expect(screen.getScreen()).toContain('Hot leads (score 70 or more)');
    expect(screen.getScreen()).toContain('Warm leads (score 40 to under 70)');
    pick('Cold leads (score under 40)');
    await choose('Period', 'All time');
    await nextPrompt('What would you like to do?');
    expect(menu.out()).toEqual(
      [
        'Cold leads, score under 40 (all time)',
        '+---------+-------------+---------------+---------+-------+------+',
        '| Lead ID | Name        | Phone         | Listing | Score | Tier |',
        '+---------+-------------+---------------+---------+-------+------+',
        '| L2      | Vikram Shah | +919812345678 | P2      |  32.6 | cold |',
        '| L1      | Asha Rao    | +919876543210 | P1      |  32.2 | cold |',
        '+---------+-------------+---------------+---------+-------+------+',
        '',
      ].join('\n'),
    );
    await menuRun.leave();
  });

  it("explains a lead's score factor by factor, after refusing an id with a space", async () => {
    const menuRun = startMenu(menu);
    await choose('What would you like to do?', 'Leads');
    await choose('Leads:', "Explain a lead's score");
    await nextPrompt('Lead id');
    await typeRefused('L 1', 'an id is one word, like L102');
    typeAnswer('L1');
    await choose('Period', 'All time');
    await nextPrompt('What would you like to do?');
    // L1: 1 call 6.2, no SMS, 120 s 4.8, 7 days idle 21.2.
    expect(menu.out()).toEqual(
      [
        'Lead L1 (Asha Rao, P1): score 32.2, cold (all time)',
        '+-------------+-------+--------+--------+',
        '| Factor      | Value | Weight | Points |',
        '+-------------+-------+--------+--------+',
        '| calls       |     1 |     30 |    6.2 |',
        '| sms         |     0 |     20 |      0 |',
        '| callSeconds |   120 |     20 |    4.8 |',
        '| recency     |     7 |     30 |   21.2 |',
        '| total       |     - |    100 |   32.2 |',
        '+-------------+-------+--------+--------+',
        '',
      ].join('\n'),
    );
    await menuRun.leave();
  });

  it('draws leads by month, offered first, over a period: its empty months as 0', async () => {
    const menuRun = startMenu(menu);
    await choose('What would you like to do?', 'Leads');
    await choose('Leads:', 'Leads over time');
    await nextPrompt('Counted');
    expect(screen.getScreen()).toContain('❯ By month');
    screen.keypress('enter');
    await choose('Period', 'From one date to another');
    await answer('From (YYYY-MM-DD)', '2026-01-15');
    await answer('To (YYYY-MM-DD)', '2026-03-31');
    await nextPrompt('What would you like to do?');
    // L1, L2 and L3 are all in March. In 80 columns: label 7, Leads 5, two gaps of 2: a bar of 64.
    expect(menu.out()).toEqual(
      [
        'Leads by month in UTC (2026-01-15 to 2026-03-31)',
        `Month${' '.repeat(70)}Leads`,
        `2026-01${' '.repeat(72)}0`,
        `2026-02${' '.repeat(72)}0`,
        `2026-03  ${'█'.repeat(64)}      3`,
        '',
      ].join('\n'),
    );
    await menuRun.leave();
  });
});
