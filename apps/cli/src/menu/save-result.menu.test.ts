import { screen } from '@inquirer/testing/vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseMarkdown } from '../output/markdown.test-utils.js';
import { answer, choose, nextPrompt, openTestMenu, startMenu, typeAnswer, typeRefused, type TestMenu } from './menu.test-utils.js';

let menu: TestMenu;

beforeEach(async () => {
  menu = await openTestMenu();
});

afterEach(async () => {
  await menu.db.close();
});

/** Leads > Lead scores and tiers > Warm leads, all time: L3 alone (50.3). */
async function showWarmLeads(): Promise<void> {
  await choose('What would you like to do?', 'Leads');
  await choose('Leads:', 'Lead scores and tiers');
  await choose('Which leads?', 'Warm leads');
  await choose('Period', 'All time');
}

describe('Save the last result', () => {
  it('says there is nothing to save before a result was shown', async () => {
    const menuRun = startMenu(menu);
    await choose('What would you like to do?', 'Save the last result');
    await nextPrompt('What would you like to do?');
    expect([menu.out(), menu.err()]).toEqual(['', 'Nothing to save yet: show a result first (Leads, Listings, Calls & SMS, Agents, Customers).\n']);
    await menuRun.leave();
  });

  it('writes the last result as CSV to the file typed, offering a name made from the command', async () => {
    const menuRun = startMenu(menu);
    await showWarmLeads();
    await choose('What would you like to do?', 'Save the last result');
    await choose('Save "Warm leads, score 40 to under 70 (all time)" as', 'CSV');
    await nextPrompt('File (warm-leads.csv)');
    await typeRefused(menu.dir, `${menu.dir} is a folder; type a file name`);
    await typeRefused(join(menu.dir, 'nowhere', 'x.csv'), `no such folder: ${join(menu.dir, 'nowhere')}`);
    const path = join(menu.dir, 'warm.csv');
    typeAnswer(path);
    await nextPrompt('What would you like to do?');
    expect(menu.err()).toEqual(`Wrote 1 row as csv to ${path}: Warm leads, score 40 to under 70 (all time)\n`);
    expect(parse(readFileSync(path, 'utf8'))).toEqual([
      ['leadId', 'customerId', 'name', 'phone', 'propertyId', 'score', 'tier'],
      ['L3', 'C1', 'Asha Rao', '+919876543210', 'P3', '50.3', 'warm'],
    ]);
    await menuRun.leave();
  });

  it('asks before replacing a file, and writes Markdown when told to', async () => {
    const menuRun = startMenu(menu);
    const path = join(menu.dir, 'warm.md');
    await showWarmLeads();
    for (const replace of [null, false, true]) {
      await choose('What would you like to do?', 'Save the last result');
      await choose('as', 'Markdown table');
      await answer('File', path);
      if (replace !== null) {
        await nextPrompt(`${path} exists. Replace it?`);
        screen.type(replace ? 'y' : 'n');
        screen.keypress('enter');
      }
    }
    await nextPrompt('What would you like to do?');
    const wrote = `Wrote 1 row as md to ${path}: Warm leads, score 40 to under 70 (all time)\n`;
    expect(menu.err()).toEqual(`${wrote}Not saved.\n${wrote}`);
    expect(parseMarkdown(readFileSync(path, 'utf8'))).toEqual({
      headings: ['## Warm leads, score 40 to under 70 (all time)'],
      tables: [
        {
          align: [null, null, null, null, 'right', null],
          header: ['Lead ID', 'Name', 'Phone', 'Listing', 'Score', 'Tier'],
          rows: [['L3', 'Asha Rao', '+919876543210', 'P3', '50.3', 'warm']],
        },
      ],
      others: [],
    });
    await menuRun.leave();
  });
});
