import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answer, choose, nextPrompt, openTestMenu, startMenu, typeAnswer, typeRefused, type TestMenu } from './menu.test-utils.js';

// C1 and C2 of the menu fixture, worked out in menu-fixture.test-utils.ts.
let menu: TestMenu;

beforeEach(async () => {
  menu = await openTestMenu();
});

afterEach(async () => {
  await menu.db.close();
});

async function openCustomers(entry: string): Promise<void> {
  await choose('What would you like to do?', 'Customers');
  await choose('Customers:', entry);
}

describe('the Customers section', () => {
  it('finds a customer by a phone in any spelling, after refusing one that cannot be a number', async () => {
    const menuRun = startMenu(menu);
    await openCustomers('Customer activity summary');
    await nextPrompt('Phone or customer id');
    await typeRefused('+91 98', '+91 98 is not a possible phone number (numbers without a country code are read as IN)');
    typeAnswer('+91 98123 45678');
    await choose('Period', 'All time');
    await nextPrompt('What would you like to do?');
    // C2: K2 (missed, 0 s) and the outbound SMS S2.
    expect(menu.out()).toEqual(
      [
        'Customer activity summary for Vikram Shah (C2), all time',
        'Customer ID: C2',
        'Name: Vikram Shah',
        'Phone: +919812345678',
        'Calls: 1',
        'Call Seconds: 0',
        'SMS: 1',
        'Leads Contacted: 1',
        'Listings Inquired: 1',
        'First Contact: 2026-03-03T10:00:00.000Z',
        'Last Contact: 2026-03-04T09:00:00.000Z',
        '',
      ].join('\n'),
    );
    await menuRun.leave();
  });

  it('shows an unknown phone as one line and comes back to the menu', async () => {
    const menuRun = startMenu(menu);
    await openCustomers('Customer activity summary');
    await answer('Phone or customer id', '+91 90000 00000');
    await choose('Period', 'All time');
    await nextPrompt('What would you like to do?');
    expect([menu.out(), menu.err()]).toEqual(['', 'error: no customer with phone +919000000000\n']);
    await menuRun.leave();
  });

  it("shows a customer's profile: summary, leads with scores, latest events", async () => {
    const menuRun = startMenu(menu);
    await openCustomers('Customer profile');
    await answer('Phone or customer id', 'C1');
    await answer('How many of the latest events? (20)', '3');
    await choose('Period', 'All time');
    await nextPrompt('What would you like to do?');
    // C1: K1 (120 s) and K4 (300 s), S1; leads L3 (50.3) and L1 (32.2); latest K4, S1, L3.
    expect(menu.out()).toEqual(
      [
        'Customer profile for Asha Rao (C1), all time',
        '',
        'Activity summary',
        'Customer ID: C1',
        'Name: Asha Rao',
        'Phone: +919876543210',
        'Calls: 2',
        'Call Seconds: 420',
        'SMS: 1',
        'Leads Contacted: 2',
        'Listings Inquired: 2',
        'First Contact: 2026-03-03T08:00:00.000Z',
        'Last Contact: 2026-03-10T08:00:00.000Z',
        '',
        'Leads by score',
        '+---------+---------+-------+-----+--------------+-------+------+',
        '| Lead ID | Listing | Calls | SMS | Call Seconds | Score | Tier |',
        '+---------+---------+-------+-----+--------------+-------+------+',
        '| L3      | P3      |     1 |   1 |          300 |  50.3 | warm |',
        '| L1      | P1      |     1 |   0 |          120 |  32.2 | cold |',
        '+---------+---------+-------+-----+--------------+-------+------+',
        '',
        'Latest 3 calls, SMS and leads, newest first',
        '+--------------------------+------+----+-----------+----------------+',
        '| Time                     | Type | ID | Direction | Detail         |',
        '+--------------------------+------+----+-----------+----------------+',
        '| 2026-03-10T08:00:00.000Z | call | K4 | inbound   | 300 s answered |',
        '| 2026-03-09T10:00:00.000Z | sms  | S1 | inbound   | 40 chars       |',
        '| 2026-03-09T09:00:00.000Z | lead | L3 | -         | lead on P3     |',
        '+--------------------------+------+----+-----------+----------------+',
        '',
      ].join('\n'),
    );
    await menuRun.leave();
  });
});
