// The worked examples as static JSON imports: works under jsdom too, where the fixtures cannot
// be found from import.meta.url.
import type { Answers } from '../../src/catalogue/answers';
import a from '../fixtures/answers/example-a-lindestad.json';
import b from '../fixtures/answers/example-b-havenstad.json';
import c from '../fixtures/answers/example-c-korfezkent.json';

const FILES = { A: a, B: b, C: c } as const;

export const exampleAnswers = (key: keyof typeof FILES): Answers => FILES[key].answers as Answers;
