import { screen } from '@inquirer/testing/vitest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answer, choose, nextPrompt, openTestMenu, startMenu, typeAnswer, typeRefused, type TestMenu } from './menu.test-utils.js';

// The menu fixture's calls and SMS, worked out in menu-fixture.test-utils.ts.
let menu: TestMenu;

beforeEach(async () => {
  menu = await openTestMenu();
});

afterEach(async () => {
  await menu.db.close();
});

async function openCallsAndSms(entry: string): Promise<void> {
  await choose('What would you like to do?', 'Calls & SMS');
  await choose('Calls & SMS:', entry);
}

describe('the Calls & SMS section', () => {
  it('lists the missed calls with the seconds to their return, within 24 hours by default', async () => {
    const menuRun = startMenu(menu);
    await openCallsAndSms('Missed calls');
    await choose('Which missed calls?', 'All missed calls');
    await answer('Returned within how many hours? (24)');
    await choose('Period', 'All time');
    await nextPrompt('What would you like to do?');
    // K2 returned by the SMS S2 23 hours later; K3 never.
    expect(menu.out()).toEqual(
      [
        'Missed calls, returned if called or texted back within 24 hours (all time)',
        '+--------+-------------+---------------+--------------------------+------------+',
        '| Call   | Name        | Phone         | Time                     | Seconds to |',
        '| ID     |             |               |                          |     Return |',
        '+--------+-------------+---------------+--------------------------+------------+',
        '| K2     | Vikram Shah | +919812345678 | 2026-03-03T10:00:00.000Z |      82800 |',
        '| K3     | Meera Iyer  | +919822222222 | 2026-03-04T20:00:00.000Z |          - |',
        '+--------+-------------+---------------+--------------------------+------------+',
        '',
      ].join('\n'),
    );
    await menuRun.leave();
  });

  it('lists the unreturned missed calls in a window given', async () => {
    const menuRun = startMenu(menu);
    await openCallsAndSms('Missed calls');
    await choose('Which missed calls?', 'Only the unreturned ones');
    await answer('Returned within how many hours?', '22');
    await choose('Period', 'All time');
    await nextPrompt('What would you like to do?');
    // Within 22 hours S2 (23 h after K2) is too late: both are unreturned.
    expect(menu.out()).toEqual(
      [
        'Missed calls not called or texted back within 22 hours (all time)',
        '+---------+-------------+---------------+--------------------------+',
        '| Call ID | Name        | Phone         | Time                     |',
        '+---------+-------------+---------------+--------------------------+',
        '| K2      | Vikram Shah | +919812345678 | 2026-03-03T10:00:00.000Z |',
        '| K3      | Meera Iyer  | +919822222222 | 2026-03-04T20:00:00.000Z |',
        '+---------+-------------+---------------+--------------------------+',
        '',
      ].join('\n'),
    );
    await menuRun.leave();
  });

  it('asks new vs repeat callers for a period, without All time', async () => {
    const menuRun = startMenu(menu);
    await openCallsAndSms('New vs repeat callers');
    await nextPrompt('Period');
    expect(screen.getScreen()).not.toContain('All time');
    screen.keypress('down');
    screen.keypress('enter'); // From one date to another
    await answer('From (YYYY-MM-DD)', '2026-03-03');
    await answer('To (YYYY-MM-DD)', '2026-03-10');
    await nextPrompt('What would you like to do?');
    // Inbound callers: C2 (K2) and C1 (K4) call first in the period, C3 (K3) called on 03-01 already.
    expect(menu.out()).toEqual(
      ['New vs repeat callers (2026-03-03 to 2026-03-10)', 'New Callers: 2', 'Repeat Callers: 1', 'Calls by New: 2', 'Calls by Repeat: 1', ''].join('\n'),
    );
    await menuRun.leave();
  });

  it('measures speed to lead', async () => {
    const menuRun = startMenu(menu);
    await openCallsAndSms('Speed to lead');
    await choose('Period', 'All time');
    await nextPrompt('What would you like to do?');
    // L1 after 180 s, L2 after 86400 s, L3 never: nearest rank of 2 gives the 1st and the 2nd.
    expect(menu.out()).toEqual(
      [
        'Speed to lead (all time)',
        'Leads: 3',
        'Reached: 2',
        'Never Reached: 1',
        'Median Seconds: 180',
        '90th Percentile Seconds: 86400',
        'Within 5 Minutes: 0.3333',
        'Within 1 Hour: 0.3333',
        'Within 24 Hours: 0.6667',
        '',
      ].join('\n'),
    );
    await menuRun.leave();
  });

  it('lists the unreached leads', async () => {
    const menuRun = startMenu(menu);
    await openCallsAndSms('Unreached leads');
    await choose('Period', 'Last N days');
    await answer('How many days? (30)');
    await nextPrompt('What would you like to do?');
    expect(menu.out()).toEqual(
      [
        'Unreached leads (last 30 days)',
        '+---------+----------+---------------+---------+--------------------------+',
        '| Lead ID | Name     | Phone         | Listing | Lead Time                |',
        '+---------+----------+---------------+---------+--------------------------+',
        '| L3      | Asha Rao | +919876543210 | P3      | 2026-03-09T09:00:00.000Z |',
        '+---------+----------+---------------+---------+--------------------------+',
        '',
      ].join('\n'),
    );
    await menuRun.leave();
  });

  it('draws the calls heatmap in the zone typed, offering the configured one and refusing a zone that does not exist', async () => {
    const menuRun = startMenu(menu);
    await openCallsAndSms('Activity heatmap');
    await choose('Heatmap of', 'Calls');
    await nextPrompt('Time zone (IANA, like Asia/Kolkata or UTC) (UTC)');
    await typeRefused('Mars/Olympus', 'Mars/Olympus is not an IANA time zone');
    typeAnswer('Asia/Kolkata');
    await choose('Period', 'All time');
    await nextPrompt('What would you like to do?');
    // +05:30: K1 and K4 at Tue 13:30, K2 Tue 15:30, K3 (20:00 UTC Wed) Thu 01:30, K5 Sun 17:30.
    expect(menu.out()).toEqual(
      [
        'Calls by weekday and hour in Asia/Kolkata (all time)',
        '     00 01 02 03 04 05 06 07 08 09 10 11 12 13 14 15 16 17 18 19 20 21 22 23',
        'Mon   ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·',
        'Tue   ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  · ██  · ▒▒  ·  ·  ·  ·  ·  ·  ·  ·',
        'Wed   ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·',
        'Thu   · ▒▒  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·',
        'Fri   ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·',
        'Sat   ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·',
        'Sun   ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  · ▒▒  ·  ·  ·  ·  ·  ·',
        'Legend: · 0  ▒ 1  █ 2',
        'Total: 5; busiest: Tue 13:00 (2)',
        '',
      ].join('\n'),
    );
    await menuRun.leave();
  });

  it('draws a trend of engagement by week as a bar chart, the largest week the full width', async () => {
    const menuRun = startMenu(menu);
    await openCallsAndSms('Trends');
    await choose('Trend of', 'Engagement');
    await choose('Counted', 'By week');
    await choose('Period', 'All time');
    await nextPrompt('What would you like to do?');
    // UTC weeks: W09 (to Sun Mar 1) K5; W10 (Mar 2-8) K1, K2, K3 and S2; W11 (from Mar 9) K4 and S1.
    // In 80 columns: label 8, Engagement 10, Calls 5, SMS 3, Starts 10, five gaps of 2: a bar of 34.
    // W10's 4 fills it; W09's 1 is 34 / 4 = 8.5 cells (8 and ▌); W11's 2 is 17.
    const gap = (n: number) => ' '.repeat(n);
    expect(menu.out()).toEqual(
      [
        'Engagement by week in UTC (all time)',
        `Week${gap(42)}Engagement  Calls  SMS  Starts`,
        `2026-W09  ${'█'.repeat(8)}▌${gap(25)}${gap(11)}1      1    0  2026-02-23`,
        `2026-W10  ${'█'.repeat(34)}${gap(11)}4      3    1  2026-03-02`,
        `2026-W11  ${'█'.repeat(17)}${gap(17)}${gap(11)}2      1    1  2026-03-09`,
        '',
      ].join('\n'),
    );
    await menuRun.leave();
  });
});

describe('the Calls & SMS section: call outcomes', () => {
  it('counts the calls of each direction by how they ended, with shares adding up to 1', async () => {
    const menuRun = startMenu(menu);
    await openCallsAndSms('Call outcomes');
    await choose('Period', 'All time');
    await nextPrompt('What would you like to do?');
    // Inbound K2 K3 missed, K4 K5 answered: 2/4 each; outbound K1 answered: 1/1.
    expect(menu.out()).toEqual(
      [
        'Call outcomes by direction (all time)',
        '+-----------+-----------+-------+-------+',
        '| Direction | Status    | Calls | Share |',
        '+-----------+-----------+-------+-------+',
        '| inbound   | answered  |     2 |   0.5 |',
        '| inbound   | missed    |     2 |   0.5 |',
        '| inbound   | voicemail |     0 |     0 |',
        '| inbound   | busy      |     0 |     0 |',
        '| inbound   | failed    |     0 |     0 |',
        '| outbound  | answered  |     1 |     1 |',
        '| outbound  | missed    |     0 |     0 |',
        '| outbound  | voicemail |     0 |     0 |',
        '| outbound  | busy      |     0 |     0 |',
        '| outbound  | failed    |     0 |     0 |',
        '+-----------+-----------+-------+-------+',
        '',
      ].join('\n'),
    );
    await menuRun.leave();
  });
});
