import { screen } from '@inquirer/testing/vitest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SOURCES_FIXTURE } from '../sources-fixture.test-utils.js';
import { choose, nextPrompt, openTestMenu, pick, startMenu, type TestMenu } from './menu.test-utils.js';

// The figures are worked out by hand in sources-fixture.test-utils.ts.
let menu: TestMenu;

beforeEach(async () => {
  menu = await openTestMenu(SOURCES_FIXTURE);
});

afterEach(async () => {
  await menu.db.close();
});

describe('the Leads section: sources and the funnel', () => {
  it('ranks the sources by speed to lead, fastest first', async () => {
    const menuRun = startMenu(menu);
    await choose('What would you like to do?', 'Leads');
    await choose('Leads:', 'Lead sources');
    await choose('Rank sources by', 'Speed to lead');
    await choose('Period', 'All time');
    await nextPrompt('What would you like to do?');
    const out = menu.out();
    expect(out.split('\n')[0]).toBe('Sources by speed to lead (all time)');
    // 80 columns are too few for the 9 columns: one record per source. Medians 600 (no source, shown -),
    // 1800 walk-in, 3600 referral, 7200 website.
    const figure = (label: string) => out.split('\n').filter((line) => line.startsWith(`${label} `)).map((line) => line.slice(label.length).trim());
    expect(figure('Source')).toEqual(['-', 'walk-in', 'referral', 'website']);
    expect(figure('Median Seconds to Lead')).toEqual(['600', '1800', '3600', '7200']);
    expect(figure('Conversion')).toEqual(['0', '0', '0.5', '0.25']);
    await menuRun.leave();
  });

  it('ranks the sources of one location, chosen among those stored', async () => {
    const menuRun = startMenu(menu);
    await choose('What would you like to do?', 'Leads');
    await choose('Leads:', 'Lead sources');
    await choose('Rank sources by', 'Leads');
    await choose('Period', 'Filter by source, location or agent first…');
    // No record names an agent: only sources and locations are offered.
    await nextPrompt('Filter by');
    expect(screen.getScreen()).not.toContain('Agent');
    pick('Location');
    await choose('Which location?', 'Pune');
    await choose('Another filter?', 'No more filters');
    await choose('Period (for location Pune)', 'All time');
    await nextPrompt('What would you like to do?');
    const out = menu.out();
    expect(out.split('\n')[0]).toBe('Sources by leads for location Pune (all time)');
    // Pune (P2): referral L3 L4 and website L6 L8 (2 leads each: by name), walk-in L7; L5 (no source) is in Mumbai.
    const figure = (label: string) => out.split('\n').filter((line) => line.startsWith(`${label} `)).map((line) => line.slice(label.length).trim());
    expect(figure('Source')).toEqual(['referral', 'website', 'walk-in', '-']);
    expect(figure('Leads')).toEqual(['2', '2', '1', '0']);
    expect(figure('Median Seconds to Lead')).toEqual(['3600', '86400', '1800', '-']);
    await menuRun.leave();
  });

  it('offers the sources the leads have, and draws the funnel of the one chosen', async () => {
    const menuRun = startMenu(menu);
    await choose('What would you like to do?', 'Leads');
    await choose('Leads:', 'Lead funnel');
    await choose('Period', 'Filter by source, location or agent first…');
    await choose('Filter by', 'Source');
    await nextPrompt('Which source?');
    // The stored spellings; the leads without a source are no choice.
    const screenText = screen.getScreen();
    expect(['website', 'Website', 'referral', 'walk-in'].map((name) => screenText.indexOf(name) >= 0)).toEqual([true, true, true, true]);
    pick('referral');
    await choose('Another filter?', 'No more filters');
    await choose('Period (for source referral)', 'All time');
    await nextPrompt('What would you like to do?');
    // referral: L3 closed-won, L4 Closed-Lost (2 leads): every stage up to closed-won reached by L3 alone.
    // Bars in 80 columns: label 15 ("visit-scheduled"), then Reached 7, Share 5, Leads 5, Kind 5, each after
    // 2 spaces, and 2 before the bar: 80 - 15 - 4 × 2 - 22 - 2 = 33 cells. new's 2 (the largest) fills
    // them; 1 of 2 is 33 × 8 / 2 = 132 eighths: 16 full blocks and a half (▌).
    expect(menu.out()).toEqual(
      [
        'Lead funnel for source referral (all time)',
        'Status                                              Reached  Share  Leads  Kind',
        'new              █████████████████████████████████        2      1      0  stage',
        'contacted        ████████████████▌                        1    0.5      0  stage',
        'visit-scheduled  ████████████████▌                        1    0.5      0  stage',
        'negotiating      ████████████████▌                        1    0.5      0  stage',
        'closed-won       ████████████████▌                        1    0.5      1  won',
        'closed-lost      ████████████████▌                        1    0.5      1  lost',
        '',
      ].join('\n'),
    );
    await menuRun.leave();
  });
});
