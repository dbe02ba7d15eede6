import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFiles } from '@hcdm/test-utils';
import { answer, choose, nextPrompt, openTestMenu, startMenu, type TestMenu } from './menu.test-utils.js';

let menu: TestMenu;

beforeEach(async () => {
  menu = await openTestMenu({});
});

afterEach(async () => {
  await menu.db.close();
});

describe('the Import & data section', () => {
  it('imports a folder, all or nothing by default, and prints the summary', async () => {
    writeFiles(join(menu.dir, 'more'), {
      'customers.csv': 'customer_id,name,phone\nC7,Ravi Kumar,+91 99887 76655\n',
      'calls.csv': 'call_id,customer_id,timestamp,duration\nK7,C7,2026-04-01T10:00:00Z,45\nK8,C7,2026-04-02T10:00:00Z,15\n',
    });
    const menuRun = startMenu(menu);
    await choose('What would you like to do?', 'Import & data');
    await choose('Import & data:', 'Import a folder or a file');
    await answer('Folder or file to import', join(menu.dir, 'more'));
    await answer('Columns the files name otherwise');
    await answer('Skip invalid rows');
    await nextPrompt('What would you like to do?');
    expect(menu.out()).toEqual(
      [
        '+-----------+----------+---------+-----------+----------+',
        '| Kind      | Inserted | Updated | Unchanged | Rejected |',
        '+-----------+----------+---------+-----------+----------+',
        '| customers |        1 |       0 |         0 |        0 |',
        '| calls     |        2 |       0 |         0 |        0 |',
        '+-----------+----------+---------+-----------+----------+',
        '',
      ].join('\n'),
    );
    await menuRun.leave();
  });

  it('imports a phone system\'s export under its own column names, and says how many customers its unknown numbers made', async () => {
    writeFiles(join(menu.dir, 'phones'), {
      'calls.csv': 'Ref,Caller,Start,Secs\nK7,+91 99887 76655,2026-04-01T10:00:00Z,45\nK8,099887 76655,2026-04-02T10:00:00Z,15\n',
    });
    const menuRun = startMenu(menu);
    await choose('What would you like to do?', 'Import & data');
    await choose('Import & data:', 'Import a folder or a file');
    await answer('Folder or file to import', join(menu.dir, 'phones'));
    await answer('Columns the files name otherwise', 'calls.ref=call_id,calls.caller=phone,calls.start=timestamp,calls.secs=duration');
    await answer('Skip invalid rows');
    await nextPrompt('What would you like to do?');
    expect(menu.out()).toContain('| calls |        2 |       0 |         0 |        0 |');
    expect(menu.out()).toContain('New customers from unknown numbers: 1\n');
    await menuRun.leave();
  });

  it('writes the sample beside the database and imports it', async () => {
    const menuRun = startMenu(menu);
    await choose('What would you like to do?', 'Import & data');
    await choose('Import & data:', 'Load sample data');
    await answer(`Write sample files to ${join(menu.dir, 'hcdm-sample')} and import them?`);
    await nextPrompt('What would you like to do?');
    expect(readdirSync(join(menu.dir, 'hcdm-sample')).sort()).toEqual(['calls.csv', 'customers.csv', 'leads.csv', 'listings.csv', 'sms.csv']);
    // The sample's default sizes (packages/sample README): 200 customers ... 2000 SMS.
    expect(menu.out()).toContain('| customers |      200 |       0 |         0 |        0 |');
    expect(menu.out()).toContain('| sms       |     2000 |       0 |         0 |        0 |');
    await menuRun.leave();
  });
});
