// Defects 1, 7 and 14 of issue 16, at the sizes the adversarial run used: each is refused with a
// short, exact problem list, quickly, and without the stack overflow v1 showed.
import { describe, expect, it } from 'vitest';
import {
  MAX_FILE_BYTES,
  MAX_NESTING,
  MAX_PROBLEMS_LISTED,
  MAX_UNKNOWN_LISTED,
} from '../../src/answers/limits';
import { parseAnswersFile, type Problem } from '../../src/answers/parse';
import { preCheck } from '../../src/answers/pre-check';
import { getQuestion } from '../../src/catalogue/catalogue';
import { BASE_ANSWERS } from '../fixtures/answers';
import {
  deepFormatVersion,
  duplicateAnswers,
  fileJson,
  hugeFormatVersion,
  manyItems,
  manyUnknownIds,
  utf16le,
} from '../fixtures/hostile-documents';

const problemsOf = (input: string | Uint8Array): Problem[] => {
  const result = parseAnswersFile(input);
  return result.ok ? [] : result.problems;
};

const exMethods = getQuestion('ex_methods');
const OPTIONS_OF_EX_METHODS = exMethods.type === 'multi' ? exMethods.options.length : NaN;

describe('defect 1: a small file with a huge list or many unknown ids', () => {
  it('refuses a multi answer with 130,000 items (260 kB) with one problem', () => {
    const json = manyItems(130_000);
    expect(json.length).toBeLessThan(MAX_FILE_BYTES);
    expect(problemsOf(json)).toEqual([
      { questionId: 'ex_methods', code: 'too_many_items', params: { max: OPTIONS_OF_EX_METHODS } },
    ]);
  });

  it('refuses a list longer than its option count even when every item is valid', () => {
    const json = fileJson({
      answers: { ...BASE_ANSWERS, ex_methods: ['peer_to_peer', ...Array(12).fill('on_the_job')] },
    });
    expect(problemsOf(json).map((p) => p.code)).toEqual(['too_many_items']);
  });

  it('names the first 20 of 120,000 unknown ids, then counts the rest in one line', () => {
    const json = manyUnknownIds(120_000);
    expect(new TextEncoder().encode(json).length).toBeLessThan(MAX_FILE_BYTES);
    const problems = problemsOf(json);
    expect(problems).toHaveLength(MAX_UNKNOWN_LISTED + 1);
    expect(problems[0]).toEqual({ questionId: '0', code: 'unknown_question', params: { questionId: '0' } });
    expect(problems.at(-1)).toEqual({
      code: 'more_unknown_questions',
      params: { count: 120_000 - MAX_UNKNOWN_LISTED },
    });
  });

  it('counts unknown top-level fields the same way', () => {
    const extra = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`f${i}`, 0]));
    const problems = problemsOf(fileJson(extra));
    expect(problems.filter((p) => p.code === 'unknown_field')).toHaveLength(MAX_UNKNOWN_LISTED);
    expect(problems).toContainEqual({
      code: 'more_unknown_fields',
      params: { count: 500 - MAX_UNKNOWN_LISTED },
    });
  });

  it(`lists at most ${MAX_PROBLEMS_LISTED} problems, then "and N more"`, () => {
    const bad = Object.fromEntries(Object.keys(BASE_ANSWERS).map((id) => [id, null]));
    const problems = problemsOf(fileJson({ answers: bad, language: 'xx', savedAt: 'never' }));
    expect(problems).toHaveLength(MAX_PROBLEMS_LISTED + 1);
    expect(problems.at(-1)?.code).toBe('more_problems');
    expect(problems.at(-1)?.params?.count).toBe(Object.keys(BASE_ANSWERS).length + 2 - MAX_PROBLEMS_LISTED);
  });

  it('hands zod only known ids and lists no longer than their option count', () => {
    const raw = JSON.parse(manyItems(500)) as Record<string, unknown>;
    const { bounded, answerProblems } = preCheck({
      ...raw,
      answers: { ...(raw.answers as object), nope: 1 },
    });
    expect(answerProblems.map((p) => p.code)).toEqual(['too_many_items', 'unknown_question']);
    expect(Object.keys(bounded.answers as object)).not.toContain('ex_methods');
    expect(Object.keys(bounded.answers as object)).not.toContain('nope');
  });

  it('leaves the parsed file as it was, whether it copies the answers (something refused) or not', () => {
    const good = { answers: { ...BASE_ANSWERS } };
    const bad = { answers: { ...BASE_ANSWERS, nope: 1 } };
    const [goodBefore, badBefore] = [structuredClone(good), structuredClone(bad)];
    expect(preCheck(good).bounded.answers).toEqual(BASE_ANSWERS);
    expect(preCheck(bad).bounded.answers).toEqual(BASE_ANSWERS);
    expect([good, bad]).toEqual([goodBefore, badBefore]);
  });
});

describe('defect 7: deep nesting', () => {
  it('refuses formatVersion nested 8,000 levels (16 kB) with one problem', () => {
    expect(problemsOf(deepFormatVersion(8000))).toEqual([{ code: 'too_deep', params: { max: MAX_NESTING } }]);
  });

  it('still reads a file just inside the limit', () => {
    expect(problemsOf(deepFormatVersion(1)).map((p) => p.code)).toEqual(['unsupported_version']);
  });
});

describe('defect 14: duplicate keys, 1e309, UTF-16 without BOM', () => {
  it('refuses two "answers" objects instead of silently keeping the second', () => {
    expect(problemsOf(duplicateAnswers())).toEqual([{ code: 'duplicate_key', params: { key: 'answers' } }]);
  });

  it('sees a duplicate even when one key is written with an escape', () => {
    const json = fileJson().replace('"language":"en"', '"language":"en","langu\\u0061ge":"nl"');
    expect(problemsOf(json)).toEqual([{ code: 'duplicate_key', params: { key: 'language' } }]);
  });

  it('refuses a duplicate question id inside answers', () => {
    const json = fileJson().replace(
      '"profile_side":"destination"',
      '"profile_side":"destination","profile_side":"origin"',
    );
    expect(problemsOf(json)).toEqual([{ code: 'duplicate_key', params: { key: 'profile_side' } }]);
  });

  it('does not mistake equal keys in different objects or a key-like string value for duplicates', () => {
    const json = fileJson({ respondent: { label: 'language' } });
    expect(parseAnswersFile(json).ok).toBe(true);
  });

  it('reports formatVersion 1e309 as written, not as "null"', () => {
    expect(problemsOf(hugeFormatVersion())).toEqual([
      { code: 'unsupported_version', params: { version: '1e309' } },
    ]);
  });

  it('says that a UTF-16 file without BOM is UTF-16, not that it is not JSON', () => {
    expect(problemsOf(utf16le(fileJson()))).toEqual([{ code: 'utf16' }]);
  });

  it('says the same for UTF-16 with a BOM', () => {
    expect(problemsOf(new Uint8Array([0xff, 0xfe, ...utf16le(fileJson())]))).toEqual([{ code: 'utf16' }]);
  });
});
