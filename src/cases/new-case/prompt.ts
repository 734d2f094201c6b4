/**
 * Small question-and-answer helpers for `npm run new`. Every question re-asks until the answer
 * reads; the terminal they talk through is passed in, so tests can script the answers.
 */
import { createInterface } from 'node:readline/promises';

/** How an answer is read: a value, or a Thai + English message and the question is asked again. */
export type Reader<T> = (answer: string) => { value: T } | { error: string };

export interface Choice<T> {
  label: string;
  value: T;
}

/** A line-by-line terminal: asks a question and resolves with the typed line. */
export interface Terminal {
  question(text: string): Promise<string>;
  write(text: string): void;
  close(): void;
}

/** The process's own terminal; Ctrl+C or Ctrl+D cancels. */
export function processTerminal(onCancel: () => void = () => process.exit(130)): Terminal {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  let finished = false;
  const cancel = () => {
    if (finished) return;
    finished = true;
    process.stdout.write('\nยกเลิกแล้ว ไม่ได้สร้างไฟล์ (cancelled, no file written)\n');
    onCancel();
  };
  rl.on('SIGINT', () => {
    cancel();
    rl.close();
  });
  rl.on('close', cancel);
  return {
    question: (text) => rl.question(text),
    write: (text) => process.stdout.write(text),
    close: () => {
      finished = true;
      rl.close();
    },
  };
}

export class Prompter {
  constructor(private readonly terminal: Terminal) {}

  say(text = ''): void {
    this.terminal.write(`${text}\n`);
  }

  /** Asks until `read` accepts the answer. An empty answer takes `fallback` when one is given. */
  async ask<T>(question: string, read: Reader<T>, fallback?: string): Promise<T> {
    const hint = fallback ? ` [${fallback}]` : '';
    for (;;) {
      const typed = (await this.terminal.question(`${question}${hint}: `)).trim();
      const result = read(typed === '' && fallback !== undefined ? fallback : typed);
      if ('value' in result) return result.value;
      this.say(`  ✖ ${result.error}`);
    }
  }

  /** A numbered list; the answer is one number. */
  async choose<T>(question: string, choices: readonly Choice<T>[], read?: Reader<T>): Promise<T> {
    choices.forEach((choice, index) => this.say(`  ${String(index + 1).padStart(2)}. ${choice.label}`));
    return this.ask(question, (answer) => {
      const picked = choices[Number(answer) - 1];
      if (/^\d+$/.test(answer) && picked) return { value: picked.value };
      if (read) return read(answer);
      return { error: `พิมพ์ตัวเลข 1–${choices.length} (type a number from 1 to ${choices.length})` };
    });
  }

  /** A numbered list; the answer is numbers separated by commas, or nothing. */
  async chooseMany<T>(question: string, choices: readonly Choice<T>[]): Promise<T[]> {
    choices.forEach((choice, index) => this.say(`  ${String(index + 1).padStart(2)}. ${choice.label}`));
    return this.ask<T[]>(question, (answer) => {
      if (answer === '') return { value: [] };
      const numbers = answer.split(/[\s,]+/).filter(Boolean);
      const picked: T[] = [];
      for (const number of numbers) {
        const choice = choices[Number(number) - 1];
        if (!/^\d+$/.test(number) || !choice)
          return {
            error: `"${number}" ไม่อยู่ในรายการ พิมพ์ตัวเลข 1–${choices.length} คั่นด้วยจุลภาค (not in the list: numbers 1–${choices.length}, comma-separated)`,
          };
        if (!picked.includes(choice.value)) picked.push(choice.value);
      }
      return { value: picked };
    });
  }

  /** Yes or no; Enter takes the default. Accepts y/n and ใช่/ไม่. */
  async confirm(question: string, defaultYes: boolean): Promise<boolean> {
    return this.ask<boolean>(`${question} (${defaultYes ? 'Y/n' : 'y/N'})`, (answer) => {
      const text = answer.toLowerCase();
      if (text === '') return { value: defaultYes };
      if (['y', 'yes', 'ใช่', 'ช'].includes(text)) return { value: true };
      if (['n', 'no', 'ไม่', 'ม'].includes(text)) return { value: false };
      return { error: 'ตอบ y (ใช่) หรือ n (ไม่) (answer y or n)' };
    });
  }

  close(): void {
    this.terminal.close();
  }
}
