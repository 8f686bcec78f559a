// Generated hostile documents against the reader (issue 16): 10,000 of them, each a valid file
// with one or two hostile changes at sizes up to a few thousand items. Whatever the input, the
// reader answers (no throw), quickly, with a short list of known problem codes and bounded params.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { MAX_PROBLEMS_LISTED, MAX_QUOTED_CHARS } from '../../src/answers/limits';
import { parseAnswersFile } from '../../src/answers/parse';
import { isProblemCode } from '../../src/answers/problem';
import { QUESTIONS } from '../../src/catalogue/catalogue';
import { fileJson, utf16le } from '../fixtures/hostile-documents';

/** Per input, on a shared and busy machine; the whole run has its own budget below. The largest
 *  sizes (130,000 items, 120,000 ids) are in pre-check.test.ts: here the count matters more. */
const PER_INPUT_MS = 250;
const RUN = { numRuns: 10_000, interruptAfterTimeLimit: 60_000, markInterruptAsFailure: true };

/** A few answers of each shape: 10,000 full files would take longer than the point needs. */
const BASE_ANSWERS = {
  profile_own_municipality: 'Basestad',
  profile_side: 'destination',
  profile_partnership_years: 15,
  ex_methods: ['peer_to_peer', 'on_the_job'],
  obj_objectives_clear: 4,
};
const base = (fields: Record<string, unknown> = {}) => fileJson({ answers: BASE_ANSWERS, ...fields });

const questionIds = fc.constantFrom(...QUESTIONS.map((q) => q.id));
const nasty = fc.constantFrom(
  '\u202e',
  '\u001b[2J',
  '\u0000',
  '\ud800',
  '"',
  '\\',
  '__proto__',
  'x'.repeat(300),
);
const scalar = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.double(),
  fc.integer(),
  fc.string({ maxLength: 20 }),
  nasty,
);

/** Nested lists and objects `depth` deep around a scalar, built without recursion. */
const nested = fc
  .tuple(fc.integer({ min: 1, max: 16 }), fc.boolean(), scalar)
  .map(([depth, asObject, leaf]) => {
    let v: unknown = leaf;
    for (let i = 0; i < depth; i++) v = asObject ? { k: v } : [v];
    return v;
  });
const value = fc.oneof(scalar, nested, fc.array(scalar, { maxLength: 40 }));

/** One hostile change to a valid file, as JSON text. */
const change = fc.oneof(
  fc
    .record({ id: questionIds, v: value })
    .map(({ id, v }) => base({ answers: { ...BASE_ANSWERS, [id]: v } })),
  fc.nat({ max: 60 }).map((n) => {
    const answers: Record<string, unknown> = { ...BASE_ANSWERS };
    for (let i = 0; i < n; i++) answers[`u${i}`] = i;
    return base({ answers });
  }),
  fc.record({ field: fc.string({ maxLength: 20 }), v: value }).map(({ field, v }) => base({ [field]: v })),
  fc
    .constantFrom(
      'format',
      'formatVersion',
      'catalogueVersion',
      'savedAt',
      'language',
      'respondent',
      'answers',
    )
    .chain((field) => value.map((v) => base({ [field]: v }))),
  fc
    .record({
      key: fc.oneof(questionIds, fc.constant('answers')),
      raw: fc.constantFrom('1', '"x"', '[]', '{}', '1e309'),
    })
    .map(({ key, raw }) =>
      base()
        .replace(/}$/, key === 'answers' ? `,"answers":{}}` : `}`)
        .replace('"answers":{', `"answers":{"${key}":${raw},`),
    ),
  fc
    .constantFrom('1e309', '-1e309', '-0', '1.0', '1e0', '0.1e1', '99999999999999999999')
    .map((v) => base().replace('"formatVersion":1', `"formatVersion":${v}`)),
);

/** Sometimes cut, sometimes as UTF-16, sometimes with stray bytes in front. */
const hostileInput = fc.oneof(
  { weight: 6, arbitrary: change },
  { weight: 1, arbitrary: fc.tuple(change, fc.nat()).map(([s, n]) => s.slice(0, n % (s.length + 1))) },
  { weight: 1, arbitrary: change.map((s) => utf16le(s)) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.uint8Array({ maxLength: 8 }), change)
      .map(([prefix, s]) => new Uint8Array([...prefix, ...new TextEncoder().encode(s)])),
  },
);

describe('parseAnswersFile on generated hostile documents', () => {
  // The run's own budget (RUN.interruptAfterTimeLimit) is what counts, and each input has its
  // limit: Vitest's 5 s default would cut a slow but healthy run on a busy machine first.
  it(
    'answers every one quickly, with at most 50 known problems and short params',
    { timeout: 70_000 },
    () => {
      fc.assert(
        // Plain checks, not expect(): 10,000 runs × several expect() calls cost more than the parsing.
        fc.property(hostileInput, (input) => {
          const started = performance.now();
          const result = parseAnswersFile(input);
          const elapsed = performance.now() - started;
          if (elapsed > PER_INPUT_MS) return false;
          if (result.ok) return true;
          const { problems } = result;
          if (problems.length === 0 || problems.length > MAX_PROBLEMS_LISTED + 1) return false;
          return problems.every(
            (p) =>
              isProblemCode(p.code) &&
              Object.values(p.params ?? {}).every(
                (v) => typeof v !== 'string' || v.length <= MAX_QUOTED_CHARS + 1,
              ),
          );
        }),
        RUN,
      );
    },
  );
});
