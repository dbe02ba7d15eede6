import { screen } from '@inquirer/testing/vitest';
import { PassThrough } from 'node:stream';
import { join } from 'node:path';
import { expect } from 'vitest';
import { openDatabase, type HcdmDatabase } from '@hcdm/analytics';
import { makeTempDir, writeFiles } from '@hcdm/test-utils';
import { MENU_FIXTURE } from '../menu-fixture.test-utils.js';
import { runMenu } from './menu.loop.js';
import { newMenuState, type MenuContext } from './menu-context.js';

/** A menu on a fresh database holding `files`, with what it prints collected. */
export interface TestMenu {
  readonly db: HcdmDatabase;
  readonly dir: string;
  readonly context: MenuContext;
  /** Everything written to the result stream so far. */
  out(): string;
  /** Everything written to the message stream so far. */
  err(): string;
}

/** `files` (none: an empty database) are imported as `hcdm import` would; `config`, when given, is its hcdm.config.json. */
export async function openTestMenu(files: Record<string, string> = MENU_FIXTURE, config?: object): Promise<TestMenu> {
  const dir = makeTempDir('hcdm-cli-menu-');
  const configFile = config === undefined ? undefined : writeFiles(dir, { 'hcdm.config.json': JSON.stringify(config) })[0];
  const db = await openDatabase({ database: join(dir, 'hcdm.sqlite'), configFile });
  if (Object.keys(files).length > 0) await db.import(writeFiles(join(dir, 'exports'), files));
  let out = '';
  let err = '';
  const context: MenuContext = {
    db,
    databasePath: join(dir, 'hcdm.sqlite'),
    out: collector((text) => (out += text)),
    err: collector((text) => (err += text)),
    width: 80,
    state: newMenuState(),
  };
  return { db, dir, context, out: () => out, err: () => err };
}

function collector(onText: (text: string) => void): PassThrough {
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => onText(chunk.toString('utf8')));
  return stream;
}

/** Starts the menu; `leave` presses Ctrl+C at the next prompt and waits for the menu to end. */
export function startMenu(menu: TestMenu): { leave(): Promise<void> } {
  const done = runMenu(menu.context);
  return {
    async leave() {
      screen.keypress({ name: 'c', ctrl: true });
      await done;
    },
  };
}

/** Waits for the next prompt and checks its question. */
export async function nextPrompt(question: string): Promise<void> {
  await screen.next();
  expect(screen.getScreen()).toContain(question);
}

/** At the prompt `question`, moves down to the choice `label` and takes it. */
export async function choose(question: string, label: string): Promise<void> {
  await nextPrompt(question);
  pick(label);
}

/** At the choice prompt already shown, moves down to the choice `label` and takes it. */
export function pick(label: string): void {
  for (let moves = 0; !screen.getScreen().includes(`❯ ${label}`); moves += 1) {
    if (moves > 20) throw new Error(`no choice "${label}" in:\n${screen.getScreen()}`);
    screen.keypress('down');
  }
  screen.keypress('enter');
}

/** At the prompt `question`, replaces the offered text with `text` (or keeps it when undefined) and enters it. */
export async function answer(question: string, text?: string): Promise<void> {
  await nextPrompt(question);
  if (text !== undefined) {
    for (let i = 0; i < 40; i += 1) screen.keypress('backspace');
    screen.type(text);
  }
  screen.keypress('enter');
}

/**
 * At the prompt already shown, types `text`, checks that it is refused with `complaint`, and
 * erases it again, ready for the next try.
 */
export async function typeRefused(text: string, complaint: string): Promise<void> {
  screen.type(text);
  screen.keypress('enter');
  await screen.next();
  expect(screen.getScreen()).toContain(complaint);
  for (let i = 0; i < text.length; i += 1) screen.keypress('backspace');
}

/** At the prompt already shown (after a refusal), types `text` and enters it. */
export function typeAnswer(text: string): void {
  screen.type(text);
  screen.keypress('enter');
}
