import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MENU_FIXTURE } from '../menu-fixture.test-utils.js';
import { answer, choose, nextPrompt, openTestMenu, pick, startMenu, type TestMenu } from './menu.test-utils.js';

// The menu fixture and C4, "A. Rao" on C1's phone (0 in front: the same number), with one call.
const FILES = {
  ...MENU_FIXTURE,
  'customers.csv': `${MENU_FIXTURE['customers.csv']}C4,A. Rao,09876543210\n`,
  'calls.csv': `${MENU_FIXTURE['calls.csv']}K6,C4,2026-03-05T10:00:00Z,45,inbound,answered\n`,
};

let menu: TestMenu;

beforeEach(async () => {
  menu = await openTestMenu(FILES);
});

afterEach(async () => {
  await menu.db.close();
});

async function openCustomers(entry: string): Promise<void> {
  await choose('What would you like to do?', 'Customers');
  await choose('Customers:', entry);
}

describe('duplicates, merging and unmerging in the Customers section', () => {
  it('lists C1 and C4 as one phone, merges C4 into C1, and unmerges it', async () => {
    const menuRun = startMenu(menu);
    await openCustomers('Duplicate customers');
    await nextPrompt('What would you like to do?');
    // Seven columns do not fit 80: one record of label-value lines.
    expect(menu.out()).toEqual(
      [
        'Duplicate customers',
        `-[ 1 ]${'-'.repeat(74)}`,
        'Customer ID        C1',
        'Name               Asha Rao',
        'Phone              +919876543210',
        'Other Customer ID  C4',
        'Other Name         A. Rao',
        'Other Phone        +919876543210',
        'Reason             same phone',
        '',
      ].join('\n'),
    );
    await pickCustomers('Merge two customers');
    await answer('Customer id to merge away', 'C4');
    await answer('Merge C4 into which customer id', 'C1');
    await nextPrompt('What would you like to do?');
    expect(menu.out()).toMatch(/\nMerged C4 into C1: moved 0 leads, 1 call, 0 SMS; hcdm unmerge C4 undoes it\n$/);
    // C1's K1 (120 s) and K4 (300 s), and C4's K6 (45 s).
    expect((await menu.db.query('show customer activity summary for C4')).rows[0]).toMatchObject({ customerId: 'C1', calls: 3, callSeconds: 465 });
    await pickCustomers('Unmerge a customer');
    await answer('Customer id merged away', 'C4');
    await nextPrompt('What would you like to do?');
    expect(menu.out()).toMatch(/\nUnmerged C4 from C1: moved back 0 leads, 1 call, 0 SMS\n$/);
    expect((await menu.db.query('show customer activity summary for C4')).rows[0]).toMatchObject({ customerId: 'C4', calls: 1, callSeconds: 45 });
    expect(menu.err()).toBe('');
    await menuRun.leave();
  });

  it('shows a refused merge as one line and comes back to the menu', async () => {
    const menuRun = startMenu(menu);
    await openCustomers('Merge two customers');
    await answer('Customer id to merge away', 'C1');
    await answer('Merge C1 into which customer id', 'C1');
    await nextPrompt('What would you like to do?');
    expect([menu.out(), menu.err()]).toEqual(['', 'error: cannot merge C1 into itself\n']);
    await menuRun.leave();
  });
});

/** At the main menu already shown: Customers, then `entry`. */
async function pickCustomers(entry: string): Promise<void> {
  pick('Customers');
  await choose('Customers:', entry);
}
