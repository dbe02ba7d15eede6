import { screen } from '@inquirer/testing/vitest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answer, choose, nextPrompt, openTestMenu, startMenu, typeAnswer, typeRefused, type TestMenu } from './menu.test-utils.js';
import { runMenu } from './menu.loop.js';

let menu: TestMenu;

beforeEach(async () => {
  menu = await openTestMenu();
});

afterEach(async () => {
  await menu.db.close();
});

/** `show top 5 leads by call volume` on the menu fixture: one call each, ties by lead id. */
const TOP_LEADS = [
  'Top 5 leads by call volume (all time)',
  '+---------+-------------+---------------+---------+------------+',
  '| Lead ID | Name        | Phone         | Listing | Call Count |',
  '+---------+-------------+---------------+---------+------------+',
  '| L1      | Asha Rao    | +919876543210 | P1      |          1 |',
  '| L2      | Vikram Shah | +919812345678 | P2      |          1 |',
  '| L3      | Asha Rao    | +919876543210 | P3      |          1 |',
  '+---------+-------------+---------------+---------+------------+',
  '',
].join('\n');

describe('the main menu', () => {
  it('offers the sections and the entries that stand alone, and leaves on Quit', async () => {
    const done = runMenu(menu.context);
    await nextPrompt('What would you like to do?');
    const choices = screen
      .getScreen()
      .split('\n')
      .slice(1, 11)
      .map((line) => line.slice(2));
    expect(choices).toEqual(['Leads', 'Listings', 'Calls & SMS', 'Agents', 'Customers', 'Type a command', 'Import & data', 'Save the last result', 'Help', 'Quit']);
    screen.keypress('up'); // no wrapping: still on Leads
    for (let i = 0; i < 9; i += 1) screen.keypress('down');
    expect(screen.getScreen()).toContain('❯ Quit');
    screen.keypress('enter');
    await done;
    expect([menu.out(), menu.err()]).toEqual(['', '']);
  });

  it('asks top leads step by step, draws the table, and offers the same section and entry again', async () => {
    const menuRun = startMenu(menu);
    await choose('What would you like to do?', 'Leads');
    await choose('Leads:', 'Top leads');
    await choose('Rank leads by', 'Call volume');
    await answer('How many leads? (5)');
    await choose('Period', 'All time');
    await nextPrompt('What would you like to do?');
    expect(menu.out()).toEqual(TOP_LEADS);
    expect(screen.getScreen()).toContain('❯ Leads');
    screen.keypress('enter');
    await nextPrompt('Leads:');
    expect(screen.getScreen()).toContain('❯ Top leads');
    await menuRun.leave();
  });

  it('comes back to the main menu from a section with Back', async () => {
    const menuRun = startMenu(menu);
    await choose('What would you like to do?', 'Listings');
    await choose('Listings:', 'Back');
    await nextPrompt('What would you like to do?');
    expect(screen.getScreen()).toContain('❯ Listings');
    await menuRun.leave();
    expect([menu.out(), menu.err()]).toEqual(['', '']);
  });

  it('builds a period from the dates typed, and rejects a date that does not exist or comes first', async () => {
    const menuRun = startMenu(menu);
    await choose('What would you like to do?', 'Leads');
    await choose('Leads:', 'Top leads');
    await choose('Rank leads by', 'Call duration');
    await answer('How many leads?', '2');
    await choose('Period', 'From one date to another');
    await nextPrompt('From (YYYY-MM-DD)');
    await typeRefused('2026-02-30', '2026-02-30 is not a real date');
    await typeRefused('3 March', 'write the date as YYYY-MM-DD');
    typeAnswer('2026-03-03');
    await nextPrompt('To (YYYY-MM-DD)');
    await typeRefused('2026-03-02', 'must not be before 2026-03-03');
    typeAnswer('2026-03-09');
    await nextPrompt('What would you like to do?');
    // Calls on 03-03 to 03-09: K1 (L1, 120 s) and K2 (L2, 0 s); a lead with 0 s is not listed.
    expect(menu.out()).toEqual(
      [
        'Top 2 leads by call duration (2026-03-03 to 2026-03-09)',
        '+---------+----------+---------------+---------+--------------+',
        '| Lead ID | Name     | Phone         | Listing | Call Seconds |',
        '+---------+----------+---------------+---------+--------------+',
        '| L1      | Asha Rao | +919876543210 | P1      |          120 |',
        '+---------+----------+---------------+---------+--------------+',
        '',
      ].join('\n'),
    );
    await menuRun.leave();
  });

  it('leaves quietly on Ctrl+C in the middle of a question', async () => {
    const menuRun = startMenu(menu);
    await choose('What would you like to do?', 'Leads');
    await nextPrompt('Leads:');
    await menuRun.leave();
    expect([menu.out(), menu.err()]).toEqual(['', '']);
  });

  it('shows the command list under Help', async () => {
    const menuRun = startMenu(menu);
    await choose('What would you like to do?', 'Help');
    await nextPrompt('What would you like to do?');
    expect(menu.out().split('\n').slice(0, 4)).toEqual([
      'Commands',
      '  show top N leads by call volume|sms volume|call duration|engagement',
      '      leads ranked by the calls, SMS, call seconds or calls + SMS attributed to them',
      '      e.g. show top 5 leads by call volume',
    ]);
    await menuRun.leave();
  });

  it('runs a typed command, as hcdm query does, and shows an error in one line', async () => {
    const menuRun = startMenu(menu);
    await choose('What would you like to do?', 'Type a command');
    await nextPrompt('Command');
    await typeRefused(' ', 'type a command, or "help"');
    typeAnswer('show top 5 leads by call volume');
    await nextPrompt('What would you like to do?');
    expect(menu.out()).toEqual(TOP_LEADS);
    screen.keypress('enter');
    await answer('Command', 'shwo hot leads');
    await nextPrompt('What would you like to do?');
    expect(menu.err()).toEqual('error: unknown command "shwo hot leads"; did you mean "show hot leads"?\n');
    await menuRun.leave();
  });
});
