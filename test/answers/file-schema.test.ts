// The answers file's type comes from its schema (z.output): these fail to compile if it widens.
import { describe, expectTypeOf, it } from 'vitest';
import type { AnswersFile } from '../../src/answers/file-schema';
import type { Answers } from '../../src/catalogue/answers';
import type { Language } from '../../src/catalogue/languages';

describe('AnswersFile type (z.output of the schema)', () => {
  it('AnswersFile has the catalogue-keyed answers and a Language', () => {
    expectTypeOf<AnswersFile['language']>().toEqualTypeOf<Language>();
    expectTypeOf<AnswersFile['answers']>().toExtend<Answers>();
    expectTypeOf<Answers>().toExtend<AnswersFile['answers']>();
    expectTypeOf<AnswersFile['formatVersion']>().toEqualTypeOf<1>();
  });
});
