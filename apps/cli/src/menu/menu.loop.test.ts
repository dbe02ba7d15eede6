import { screen } from '@inquirer/testing/vitest';
import { PassThrough } from 'node:stream';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type HcdmDatabase } from '@hcdm/analytics';
import { makeTempDir, writeFiles } from '@hcdm/test-utils';
import { FIXTURE, TOP_LEADS_TABLE } from '../fixtures.test-utils.js';
import { runCli } from '../hcdm-process.test-utils.js';
import { runMenu } from './menu.loop.js';
import type { MenuContext } from './menu-context.js';

let db: HcdmDatabase;
let context: MenuContext;
let out: string;
let err: string;

function collector(onText: (text: string) => void): PassThrough {
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => onText(chunk.toString('utf8')));
  return stream;
}

beforeEach(async () => {
  const dir = makeTempDir('hcdm-cli-menu-');
  writeFiles(join(dir, 'exports'), FIXTURE);
  expect(runCli(dir, ['import', 'exports']).status).toEqual(0);
  db = await openDatabase({ database: join(dir, 'hcdm.sqlite') });
  out = '';
  err = '';
  context = { db, databasePath: join(dir, 'hcdm.sqlite'), out: collector((t) => (out += t)), err: collector((t) => (err += t)), width: 80 };
});

afterEach(async () => {
  await db.close();
});

/** Waits for the next prompt and checks its question. */
async function nextPrompt(question: string): Promise<void> {
  await screen.next();
  expect(screen.getScreen()).toContain(question);
}

describe('the menu', () => {
  it('asks top leads step by step, draws the table, comes back, and leaves on Quit', async () => {
    const done = runMenu(context);
    await nextPrompt('What would you like to do?');
    expect(screen.getScreen()).toContain('❯ Top leads');
    screen.keypress('enter');
    await nextPrompt('Rank leads by');
    screen.keypress('enter'); // Call volume
    await nextPrompt('How many leads? (5)');
    screen.keypress('enter');
    await nextPrompt('Period');
    screen.keypress('enter'); // All time
    await nextPrompt('What would you like to do?');
    expect(out).toEqual(TOP_LEADS_TABLE);
    for (let i = 0; i < 7; i += 1) screen.keypress('down');
    expect(screen.getScreen()).toContain('❯ Quit');
    screen.keypress('enter');
    await done;
    expect(err).toEqual('');
  });

  it('builds a period from the dates typed, and rejects a date that does not exist', async () => {
    const done = runMenu(context);
    await nextPrompt('What would you like to do?');
    screen.keypress('enter');
    await nextPrompt('Rank leads by');
    screen.keypress('enter');
    await nextPrompt('How many leads?');
    screen.keypress('backspace');
    screen.type('2');
    screen.keypress('enter');
    await nextPrompt('Period');
    screen.keypress('down');
    screen.keypress('down');
    screen.keypress('enter');
    await nextPrompt('From (YYYY-MM-DD)');
    screen.type('2026-02-30');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('2026-02-30 is not a real date');
    for (let i = 0; i < 10; i += 1) screen.keypress('backspace');
    screen.type('2026-03-11');
    screen.keypress('enter');
    await nextPrompt('To (YYYY-MM-DD)');
    screen.type('2026-03-12');
    screen.keypress('enter');
    await nextPrompt('What would you like to do?');
    // Calls on 03-11 and 03-12: K2 and K3, both L3's.
    expect(out).toEqual(
      [
        'Top 2 leads by call volume (2026-03-11 to 2026-03-12)',
        '+---------+----------+---------------+---------+------------+',
        '| Lead ID | Name     | Phone         | Listing | Call Count |',
        '+---------+----------+---------------+---------+------------+',
        '| L3      | Asha Rao | +919876543210 | P2      |          2 |',
        '+---------+----------+---------------+---------+------------+',
        '',
      ].join('\n'),
    );
    screen.keypress({ name: 'c', ctrl: true });
    await done;
  });

  it('shows an unknown phone as one line and comes back to the menu', async () => {
    const done = runMenu(context);
    await nextPrompt('What would you like to do?');
    screen.keypress('down');
    screen.keypress('down');
    screen.keypress('enter');
    await nextPrompt('Phone or customer id');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('type a phone number or a customer id');
    screen.type('+91 90000 00000');
    screen.keypress('enter');
    await nextPrompt('What would you like to do?');
    expect(err).toEqual('error: no customer with phone +919000000000\n');
    expect(out).toEqual('');
    screen.keypress({ name: 'c', ctrl: true });
    await done;
  });

  it('leaves quietly on Ctrl+C in the middle of a question', async () => {
    const done = runMenu(context);
    await nextPrompt('What would you like to do?');
    screen.keypress('enter');
    await nextPrompt('Rank leads by');
    screen.keypress({ name: 'c', ctrl: true });
    await expect(done).resolves.toBeUndefined();
    expect(out).toEqual('');
    expect(err).toEqual('');
  });

  it('shows the command list under Help', async () => {
    const done = runMenu(context);
    await nextPrompt('What would you like to do?');
    for (let i = 0; i < 6; i += 1) screen.keypress('down');
    screen.keypress('enter');
    await nextPrompt('What would you like to do?');
    expect(out.split('\n').slice(0, 4)).toEqual([
      'Commands',
      '  show top N leads by call volume|sms volume|call duration|engagement',
      '      leads ranked by the calls, SMS, call seconds or calls + SMS attributed to them',
      '      e.g. show top 5 leads by call volume',
    ]);
    screen.keypress({ name: 'c', ctrl: true });
    await done;
  });

  it('runs a typed command, as hcdm query does', async () => {
    const done = runMenu(context);
    await nextPrompt('What would you like to do?');
    for (let i = 0; i < 3; i += 1) screen.keypress('down');
    screen.keypress('enter');
    await nextPrompt('Command');
    screen.type('show top 5 leads by call volume');
    screen.keypress('enter');
    await nextPrompt('What would you like to do?');
    expect(out).toEqual(TOP_LEADS_TABLE);
    screen.keypress({ name: 'c', ctrl: true });
    await done;
  });
});
