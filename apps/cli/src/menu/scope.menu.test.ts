import { screen } from '@inquirer/testing/vitest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answer, choose, nextPrompt, openTestMenu, pick, startMenu, typeAnswer, type TestMenu } from './menu.test-utils.js';

// The menu fixture (menu-fixture.test-utils.ts): P1 and P3 are in "Baner, Pune", P2 in "Andheri, Mumbai";
// no lead or record has a source or an agent. Each lead has one attributed call: K1 -> L1, K2 -> L2, K4 -> L3.
let menu: TestMenu;

beforeEach(async () => {
  menu = await openTestMenu();
});

afterEach(async () => {
  await menu.db.close();
});

describe("a ranking's scope in the menu", () => {
  it('filters by a location chosen among those stored, offering only the dimensions the data has, then asks the period again', async () => {
    const menuRun = startMenu(menu);
    await choose('What would you like to do?', 'Leads');
    await choose('Leads:', 'Top leads');
    await choose('Rank leads by', 'Call volume');
    await answer('How many leads? (5)');
    await choose('Period', 'Filter by source, location or agent first…');
    await nextPrompt('Filter by');
    expect(screen.getScreen()).not.toContain('Source');
    expect(screen.getScreen()).not.toContain('Agent');
    pick('Location');
    await nextPrompt('Which location?');
    expect(screen.getScreen()).toContain('Andheri, Mumbai');
    pick('Baner, Pune');
    // The only dimension with values is taken: the period comes next, naming the filter.
    await choose('Period (for location Baner, Pune)', 'All time');
    await nextPrompt('What would you like to do?');
    expect(menu.out()).toEqual(
      [
        'Top 5 leads by call volume for location Baner, Pune (all time)',
        '+---------+----------+---------------+---------+------------+',
        '| Lead ID | Name     | Phone         | Listing | Call Count |',
        '+---------+----------+---------------+---------+------------+',
        '| L1      | Asha Rao | +919876543210 | P1      |          1 |',
        '| L3      | Asha Rao | +919876543210 | P3      |          1 |',
        '+---------+----------+---------------+---------+------------+',
        '',
      ].join('\n'),
    );
    await menuRun.leave();
  });

  it('compares the last N days with the N days before', async () => {
    const menuRun = startMenu(menu);
    await choose('What would you like to do?', 'Leads');
    await choose('Leads:', 'Top leads');
    await choose('Rank leads by', 'Call volume');
    await answer('How many leads? (5)');
    await choose('Period', 'Last N days, compared with the N days before');
    await answer('How many days? (30)', '7');
    await nextPrompt('What would you like to do?');
    // The latest record is K4 at 03-10 08:00: the last 7 days hold K1 (03-03 08:00), K2 and K4, one
    // call for each lead; the 7 days before hold only K5, whose caller C3 has no lead.
    const out = menu.out().split('\n');
    expect(out[0]).toBe('Top 5 leads by call volume (last 7 days vs the 7 days before)');
    const rows = out.filter((line) => /^\| L\d/.test(line)).map((line) => line.split('|').map((cell) => cell.trim()));
    expect(rows.map((cells) => [cells[1], cells[5], cells[6], cells[7]])).toEqual([
      ['L1', '1', '0', '1'],
      ['L2', '1', '0', '1'],
      ['L3', '1', '0', '1'],
    ]);
    await menuRun.leave();
  });

  it('asks no filter where the command takes none', async () => {
    const menuRun = startMenu(menu);
    await choose('What would you like to do?', 'Customers');
    await choose('Customers:', 'Customer activity summary');
    await nextPrompt('Phone or customer id');
    typeAnswer('C1');
    await nextPrompt('Period');
    expect(screen.getScreen()).not.toContain('Filter by');
    expect(screen.getScreen()).toContain('compared with');
    await menuRun.leave();
  });
});
