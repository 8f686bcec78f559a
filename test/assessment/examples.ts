// The three worked examples of content-model §10, read from the answer-file fixtures.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Answers } from '../../src/catalogue/answers';

export const EXAMPLE_FILES = {
  A: 'example-a-lindestad.json',
  B: 'example-b-havenstad.json',
  C: 'example-c-korfezkent.json',
} as const;

export function examplePath(key: keyof typeof EXAMPLE_FILES): string {
  return fileURLToPath(new URL(`../fixtures/answers/${EXAMPLE_FILES[key]}`, import.meta.url));
}

/** The `answers` object of an example file (the fixtures are valid under contract §1). */
export function exampleAnswers(key: keyof typeof EXAMPLE_FILES): Answers {
  const file = JSON.parse(readFileSync(examplePath(key), 'utf8')) as { answers: Answers };
  return file.answers;
}
