// Properties of the reader (issue 4): export → import is the identity, and no input whatsoever
// makes it throw, mutate its input or refuse without saying why.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAnswersFile } from '../../src/answers/parse';
import { serialiseAnswersFile } from '../../src/answers/serialise';
import { arbitraryAnswers, arbitraryText } from '../fixtures/arbitrary-answers';

const RUNS = { numRuns: 1000 };
const language = fc.constantFrom('nl' as const, 'en' as const);
const savedAt = fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true });
const label = fc.oneof(fc.constant(''), arbitraryText(200));

/** JSON shaped like an answers file, with arbitrary values where it matters. */
const fileLike = fc.record({
  format: fc.oneof(fc.constant('partnership-mirror/answers'), fc.string()),
  formatVersion: fc.oneof(fc.constant(1), fc.jsonValue()),
  catalogueVersion: fc.oneof(fc.constant('1'), fc.jsonValue()),
  savedAt: fc.oneof(fc.constant('2026-11-22T10:15:00.000Z'), fc.jsonValue()),
  language: fc.oneof(language, fc.jsonValue()),
  answers: fc.oneof(fc.dictionary(fc.string(), fc.jsonValue()), fc.jsonValue()),
});

const anyInput = fc.oneof(
  fc.json(),
  fc.string(),
  fc.uint8Array({ maxLength: 2000 }),
  fileLike.map((f) => JSON.stringify(f)),
);

describe('parseAnswersFile (properties)', () => {
  it('reads back exactly what was saved, for any valid answers', () => {
    fc.assert(
      fc.property(arbitraryAnswers, label, language, savedAt, (answers, respondentLabel, lng, date) => {
        const result = parseAnswersFile(
          serialiseAnswersFile({ answers, respondentLabel, language: lng, savedAt: date }),
        );
        if (!result.ok) throw new Error(JSON.stringify(result.problems));
        expect(result.file.answers).toEqual(answers);
        expect(result.file.respondent?.label ?? '').toBe(respondentLabel);
        expect(result.file.language).toBe(lng);
        expect(new Date(result.file.savedAt).getTime()).toBe(date.getTime());
      }),
      RUNS,
    );
  });

  it('reads back the same through UTF-8 bytes', () => {
    fc.assert(
      fc.property(arbitraryAnswers, (answers) => {
        const json = serialiseAnswersFile({ answers, language: 'nl', savedAt: new Date(0) });
        const result = parseAnswersFile(new TextEncoder().encode(json));
        expect(result.ok && result.file.answers).toEqual(answers);
      }),
      RUNS,
    );
  });

  it('never throws for arbitrary JSON, text or bytes, and every refusal lists a problem', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const result = parseAnswersFile(input);
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it('refuses a valid file with one hostile change, listing at least one problem', () => {
    const hostile = fc.oneof(
      fc.record({
        key: fc.constantFrom('__proto__', 'constructor', 'prototype', 'no_such_question'),
        value: fc.jsonValue(),
      }),
      fc.record({
        key: fc.constantFrom('profile_side', 'cond_trust_continuity', 'learn_forms'),
        value: fc.constantFrom(null, '', 0, 6, 'x', ['x']),
      }),
    );
    fc.assert(
      fc.property(arbitraryAnswers, hostile, (answers, { key, value }) => {
        // Written by hand: an object literal cannot hold "__proto__" as a plain key.
        const entries = Object.entries(answers)
          .filter(([id]) => id !== key)
          .map(([id, v]) => `${JSON.stringify(id)}: ${JSON.stringify(v)}`)
          .concat(`${JSON.stringify(key)}: ${JSON.stringify(value) ?? 'null'}`);
        const header = '"format": "partnership-mirror/answers", "formatVersion": 1, "catalogueVersion": "1"';
        const result = parseAnswersFile(
          `{${header}, "savedAt": "2026-11-22T10:15:00.000Z", "language": "en", "answers": {${entries.join(', ')}}}`,
        );
        expect(result.ok).toBe(false);
        expect(result.ok ? [] : result.problems).not.toEqual([]);
      }),
      RUNS,
    );
  });

  it('never changes its input', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 500 }),
          fileLike.map((f) => new TextEncoder().encode(JSON.stringify(f))),
        ),
        (bytes) => {
          const copy = bytes.slice();
          parseAnswersFile(bytes);
          expect(bytes).toEqual(copy);
        },
      ),
      RUNS,
    );
  });
});
