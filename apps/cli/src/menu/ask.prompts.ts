import inquirer from 'inquirer';

/**
 * The four prompts the menu uses, each one question of `inquirer.prompt`, typed for the caller.
 * Ctrl+C in any of them rejects with inquirer's ExitPromptError, which the menu loop handles.
 */
export interface Choice<T extends string> {
  readonly name: string;
  readonly value: T;
  readonly description?: string;
}

export async function askSelect<T extends string>(message: string, choices: readonly Choice<T>[], defaultValue?: T): Promise<T> {
  const answers = await inquirer.prompt([
    { type: 'select', name: 'value', message, choices: [...choices], default: defaultValue, pageSize: 12, loop: false },
  ]);
  return answers.value as T;
}

export async function askText(message: string, validate: (text: string) => true | string, defaultValue?: string): Promise<string> {
  const answers = await inquirer.prompt([
    { type: 'input', name: 'value', message, default: defaultValue, validate: (text: string) => validate(text.trim()) },
  ]);
  return String(answers.value).trim();
}

/** A whole number from 1 to `max` (the prompt says "between 1 and max" otherwise). */
export async function askWholeNumber(message: string, defaultValue: number, max: number): Promise<number> {
  const answers = await inquirer.prompt([
    { type: 'number', name: 'value', message, default: defaultValue, min: 1, max, step: 1, required: true },
  ]);
  return Number(answers.value);
}

export async function askYesNo(message: string, defaultValue: boolean): Promise<boolean> {
  const answers = await inquirer.prompt([{ type: 'confirm', name: 'value', message, default: defaultValue }]);
  return Boolean(answers.value);
}

/** True for inquirer's error when the user presses Ctrl+C (or the terminal goes away). */
export function isPromptExit(error: unknown): boolean {
  return error instanceof Error && error.name === 'ExitPromptError';
}
