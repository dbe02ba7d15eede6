import { screen } from '@inquirer/testing/vitest';
import { afterEach, describe, expect, it } from 'vitest';
import { MENU_FIXTURE } from '../menu-fixture.test-utils.js';
import { nextPrompt, openTestMenu, pick, startMenu, type TestMenu } from './menu.test-utils.js';

let menu: TestMenu | undefined;

afterEach(async () => {
  await menu?.db.close();
  menu = undefined;
});

function mainMenuChoices(): string[] {
  return screen
    .getScreen()
    .split('\n')
    .slice(1)
    .map((line) => line.slice(2))
    .filter((line) => line !== '' && !line.startsWith('(') && !line.includes('↑↓'));
}

describe('the Saved commands entry', () => {
  it('lists the saved commands by name and runs the one chosen as a typed command would', async () => {
    menu = await openTestMenu(MENU_FIXTURE, { commands: { listings: 'show top 1 listings by leads', callers: 'show top 2 leads by call volume' } });
    const menuRun = startMenu(menu);
    await nextPrompt('What would you like to do?');
    expect(mainMenuChoices()).toContain('Saved commands');
    pick('Saved commands');
    await nextPrompt('Saved commands:');
    expect(screen.getScreen()).toContain('listings');
    expect(screen.getScreen()).toContain('callers');
    pick('callers');
    await nextPrompt('What would you like to do?');
    // One call each for L1, L2, L3 on the menu fixture: ties by id, so the top 2 are L1 and L2.
    expect(menu.out()).toEqual(
      [
        'Top 2 leads by call volume (all time)',
        '+---------+-------------+---------------+---------+------------+',
        '| Lead ID | Name        | Phone         | Listing | Call Count |',
        '+---------+-------------+---------------+---------+------------+',
        '| L1      | Asha Rao    | +919876543210 | P1      |          1 |',
        '| L2      | Vikram Shah | +919812345678 | P2      |          1 |',
        '+---------+-------------+---------------+---------+------------+',
        '',
      ].join('\n'),
    );
    await menuRun.leave();
  });

  it('is not offered when nothing is saved', async () => {
    menu = await openTestMenu(MENU_FIXTURE, {});
    const menuRun = startMenu(menu);
    await nextPrompt('What would you like to do?');
    expect(mainMenuChoices()).not.toContain('Saved commands');
    await menuRun.leave();
  });
});
