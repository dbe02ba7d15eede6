import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answer, choose, nextPrompt, openTestMenu, startMenu, typeAnswer, typeRefused, type TestMenu } from './menu.test-utils.js';

// Attribution on the menu fixture (menu-fixture.test-utils.ts): P1 has L1 and K1; P2 has L2,
// K2 and S2; P3 has L3, K4 and S1. P1 and P3 are in "Baner, Pune", P2 in "Andheri, Mumbai".
let menu: TestMenu;

beforeEach(async () => {
  menu = await openTestMenu();
});

afterEach(async () => {
  await menu.db.close();
});

async function openListings(entry: string): Promise<void> {
  await choose('What would you like to do?', 'Listings');
  await choose('Listings:', entry);
}

describe('the Listings section', () => {
  it('ranks listings, cutting long text to fit 80 columns', async () => {
    const menuRun = startMenu(menu);
    await openListings('Top listings');
    await choose('Rank listings by', 'Call inquiries');
    await answer('How many listings? (10)');
    await choose('Period', 'All time');
    await nextPrompt('What would you like to do?');
    // One call each; ties by property id.
    expect(menu.out()).toEqual(
      [
        'Top 10 listings by call inquiries (all time)',
        '+----------+---------------+----------------+----------+-----------+-----------+',
        '| Property | Title         | Location       |    Price |      Call | Inquirers |',
        '| ID       |               |                |          | Inquiries |           |',
        '+----------+---------------+----------------+----------+-----------+-----------+',
        '| P1       | 2BHK in Baner | Baner, Pune    |  7500000 |         1 |         1 |',
        '| P2       | Studio in An… | Andheri, Mumb… |  4200000 |         1 |         1 |',
        '| P3       | Villa in Ban… | Baner, Pune    | 12000000 |         1 |         1 |',
        '+----------+---------------+----------------+----------+-----------+-----------+',
        '',
      ].join('\n'),
    );
    await menuRun.leave();
  });

  it('sums up one listing over the days chosen', async () => {
    const menuRun = startMenu(menu);
    await openListings('Listing summary');
    await answer('Property id', 'P3');
    await choose('Period', 'From one date to another');
    await answer('From (YYYY-MM-DD)', '2026-03-09');
    await answer('To (YYYY-MM-DD)', '2026-03-09');
    await nextPrompt('What would you like to do?');
    // On 03-09: L3 at 09:00 and S1 at 10:00; K4 is on 03-10.
    expect(menu.out()).toEqual(
      [
        'Listing summary for Villa in Baner (P3), 2026-03-09 to 2026-03-09',
        'Property ID: P3',
        'Title: Villa in Baner',
        'Location: Baner, Pune',
        'Price: 12000000',
        'Leads: 1',
        'Calls: 0',
        'SMS: 1',
        'Inquirers: 1',
        'First Inquiry: 2026-03-09T09:00:00.000Z',
        'Last Inquiry: 2026-03-09T10:00:00.000Z',
        '',
      ].join('\n'),
    );
    await menuRun.leave();
  });

  it('rolls listings up by location', async () => {
    const menuRun = startMenu(menu);
    await openListings('Locations');
    await choose('Rank locations by', 'Leads');
    await choose('Period', 'All time');
    await nextPrompt('What would you like to do?');
    // Baner: P1 and P3, leads L1 L3, calls K1 K4, SMS S1, all C1's. Andheri: P2, L2, K2, S2, C2.
    expect(menu.out()).toEqual(
      [
        'Locations by leads (all time)',
        '+-----------------+----------+-------+-------+-----+-----------+',
        '| Location        | Listings | Leads | Calls | SMS | Inquirers |',
        '+-----------------+----------+-------+-------+-----+-----------+',
        '| Baner, Pune     |        2 |     2 |     2 |   1 |         1 |',
        '| Andheri, Mumbai |        1 |     1 |     1 |   1 |         1 |',
        '+-----------------+----------+-------+-------+-----+-----------+',
        '',
      ].join('\n'),
    );
    await menuRun.leave();
  });

  it('rolls listings up by the price bands given, after refusing edges that do not rise', async () => {
    const menuRun = startMenu(menu);
    await openListings('Price bands');
    await choose('Rank price bands by', 'Engagement');
    await choose('Bands', 'Edges I give');
    await nextPrompt('Band edges');
    await typeRefused('10000000,5000000', 'each edge must be above the one before (10000000, then 5000000)');
    await typeRefused('5m', 'type prices of 0 or more separated by commas');
    typeAnswer('5000000, 10000000');
    await choose('Period', 'All time');
    await nextPrompt('What would you like to do?');
    // Up to 5M: P2 (K2 + S2 = 2); over 10M: P3 (K4 + S1 = 2); 5M to 10M: P1 (K1 = 1). Ties in price order.
    expect(menu.out()).toEqual(
      [
        'Price bands by engagement (bands at 5000000, 10000000; all time)',
        '+----------+----------+----------+-------+------------+-----------+',
        '|    Above |    Up To | Listings | Leads | Engagement | Inquirers |',
        '+----------+----------+----------+-------+------------+-----------+',
        '|        - |  5000000 |        1 |     1 |          2 |         1 |',
        '| 10000000 |        - |        1 |     1 |          2 |         1 |',
        '|  5000000 | 10000000 |        1 |     1 |          1 |         1 |',
        '+----------+----------+----------+-------+------------+-----------+',
        '',
      ].join('\n'),
    );
    await menuRun.leave();
  });

  it('rolls listings up by the quartiles of their prices', async () => {
    const menuRun = startMenu(menu);
    await openListings('Price bands');
    await choose('Rank price bands by', 'Leads');
    await choose('Bands', 'Quartiles of listing prices');
    await choose('Period', 'All time');
    await nextPrompt('What would you like to do?');
    // Prices 4.2M, 7.5M, 12M: Q1 the 1st, Q2 the 2nd, Q3 and the max the 3rd (merged).
    expect(menu.out()).toEqual(
      [
        'Price bands by leads (quartiles of listing prices; all time)',
        '+---------+----------+----------+-------+-------+-----+-----------+',
        '|   Above |    Up To | Listings | Leads | Calls | SMS | Inquirers |',
        '+---------+----------+----------+-------+-------+-----+-----------+',
        '|       - |  4200000 |        1 |     1 |     1 |   1 |         1 |',
        '| 4200000 |  7500000 |        1 |     1 |     1 |   0 |         1 |',
        '| 7500000 | 12000000 |        1 |     1 |     1 |   1 |         1 |',
        '+---------+----------+----------+-------+-------+-----+-----------+',
        '',
      ].join('\n'),
    );
    await menuRun.leave();
  });

  it('lists the tracking numbers: none in the fixture, said as such', async () => {
    const menuRun = startMenu(menu);
    await openListings('Tracking numbers');
    await nextPrompt('What would you like to do?');
    expect(menu.out()).toEqual('Tracking numbers\n(no rows)\n');
    await menuRun.leave();
  });
});
