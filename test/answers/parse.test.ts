import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAnswersFile, type Problem } from '../../src/answers/parse';
import { serialiseAnswersFile } from '../../src/answers/serialise';
import { CATALOGUE_VERSION } from '../../src/catalogue/catalogue';

const fixture = (path: string) => readFileSync(new URL(`../fixtures/answers/${path}`, import.meta.url));
const text = (path: string) => fixture(path).toString('utf8');
const problemsOf = (input: string | Uint8Array): Problem[] => {
  const result = parseAnswersFile(input);
  return result.ok ? [] : result.problems;
};

// The hostile corpus (issue 4): each file with the exact problems it must report, in order.
describe('parseAnswersFile refuses hostile files with exactly these problems', () => {
  it.each<[string, Problem[]]>([
    ['wrong-format.json', [{ code: 'not_answers_file' }]],
    ['missing-format.json', [{ code: 'not_answers_file' }]],
    ['top-level-array.json', [{ code: 'not_answers_file' }]],
    ['not-json.json', [{ code: 'not_json' }]],
    ['version-99.json', [{ code: 'newer_version', params: { version: 99 } }]],
    ['version-0.json', [{ code: 'no_migration', params: { version: 0 } }]],
    ['version-string.json', [{ code: 'unsupported_version', params: { version: '1' } }]],
    [
      'catalogue-version-3.json',
      [{ code: 'newer_catalogue_version', params: { version: '3', current: CATALOGUE_VERSION } }],
    ],
    ['proto.json', [{ code: 'forbidden_key', params: { key: '__proto__' } }]],
    ['proto-in-answers.json', [{ code: 'forbidden_key', params: { key: '__proto__' } }]],
    ['constructor.json', [{ code: 'forbidden_key', params: { key: 'constructor' } }]],
    ['prototype.json', [{ code: 'forbidden_key', params: { key: 'prototype' } }]],
    [
      'null-values.json',
      [
        { questionId: 'profile_side', code: 'null_value' },
        { questionId: 'act_actor_types_own', code: 'null_value' },
        { questionId: 'cond_trust_continuity', code: 'null_value' },
      ],
    ],
    [
      'empty-strings.json',
      [
        { questionId: 'profile_own_municipality', code: 'empty_value' },
        { questionId: 'profile_partner_municipality', code: 'empty_text' },
        { questionId: 'profile_side', code: 'empty_value' },
        { questionId: 'obj_objectives_text', code: 'empty_value' },
      ],
    ],
    [
      'text-5001.json',
      [
        { questionId: 'profile_partner_municipality', code: 'too_long', params: { max: 200 } },
        { questionId: 'obj_objectives_text', code: 'too_long', params: { max: 5000 } },
      ],
    ],
    [
      'out-of-bounds.json',
      [
        { questionId: 'profile_partnership_years', code: 'out_of_bounds', params: { min: 0, max: 100 } },
        { questionId: 'obj_objectives_clear', code: 'not_a_scale_value' },
        { questionId: 'cond_trust_continuity', code: 'not_a_scale_value' },
        { questionId: 'cond_power_equality', code: 'not_a_scale_value' },
        { questionId: 'out_continuation', code: 'unknown_option' },
      ],
    ],
    [
      'wrong-types.json',
      [
        { questionId: 'profile_own_municipality', code: 'not_text' },
        { questionId: 'profile_partnership_years', code: 'not_a_number' },
        { questionId: 'act_actor_types_own', code: 'not_a_list' },
        { questionId: 'act_city_networks', code: 'not_yes_no_unsure' },
      ],
    ],
    [
      'duplicate-multi.json',
      [
        { questionId: 'obj_main_objectives', code: 'duplicate_option' },
        { questionId: 'act_actor_types_own', code: 'duplicate_option' },
        { questionId: 'ex_methods', code: 'empty_list' },
      ],
    ],
    [
      'unknown-ids.json',
      [
        {
          questionId: 'profile_favourite_colour',
          code: 'unknown_question',
          params: { questionId: 'profile_favourite_colour' },
        },
        { questionId: 'cond_trust', code: 'unknown_question', params: { questionId: 'cond_trust' } },
      ],
    ],
    [
      'bad-metadata.json',
      [
        { code: 'invalid_saved_at' },
        { code: 'invalid_language' },
        { code: 'respondent_label_too_long', params: { max: 200 } },
        { code: 'unknown_field', params: { field: 'extra' } },
      ],
    ],
  ])('%s', (name, expected) => {
    expect(parseAnswersFile(fixture(`hostile/${name}`))).toEqual({ ok: false, problems: expected });
    // The same verdict whether the file arrives as bytes (browser, CLI) or as text (autosave).
    expect(problemsOf(text(`hostile/${name}`))).toEqual(expected);
  });

  it('refuses a 2 MB file before reading it as JSON', () => {
    const valid = text('example-a-lindestad.json');
    const padded = valid.replace('"answers"', `"padding": "${' '.repeat(2 * 1024 * 1024)}", "answers"`);
    const tooLarge = [{ code: 'too_large', params: { maxMb: 1 } }];
    expect(problemsOf(padded)).toEqual(tooLarge);
    expect(problemsOf(new TextEncoder().encode(padded))).toEqual(tooLarge);
  });

  it('counts bytes, not characters: 400,000 Arabic letters are 800,000 bytes (accepted size), 600,000 are too many', () => {
    const wrap = (n: number) => `{"x":"${'ع'.repeat(n)}"}`;
    expect(problemsOf(wrap(400_000))).toEqual([{ code: 'not_answers_file' }]);
    expect(problemsOf(wrap(600_000))).toEqual([{ code: 'too_large', params: { maxMb: 1 } }]);
  });

  it('refuses bytes that are not UTF-8', () => {
    expect(problemsOf(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))).toEqual([{ code: 'not_utf8' }]);
  });

  it('lists missing parts of the file', () => {
    const bare = '{"format":"partnership-mirror/answers","formatVersion":1,"catalogueVersion":"1"}';
    expect(problemsOf(bare)).toEqual([
      { code: 'missing_field', params: { field: 'savedAt' } },
      { code: 'missing_field', params: { field: 'language' } },
      { code: 'missing_field', params: { field: 'answers' } },
    ]);
  });

  it('does not pollute Object.prototype', () => {
    parseAnswersFile(fixture('hostile/proto.json'));
    parseAnswersFile(fixture('hostile/proto-in-answers.json'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('parseAnswersFile accepts', () => {
  it.each(['example-a-lindestad.json', 'example-b-havenstad.json', 'example-c-korfezkent.json'])(
    'the worked example %s',
    (name) => {
      const result = parseAnswersFile(fixture(name));
      expect(result.ok).toBe(true);
      expect(result.ok && result.file.answers).toEqual(JSON.parse(text(name)).answers);
    },
  );

  it('a file with a UTF-8 byte order mark, as bytes and as text', () => {
    const bytes = fixture('hostile/bom.json');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const result = parseAnswersFile(bytes);
    expect(result.ok && result.file.answers.profile_partner_municipality).toBe('Emirdağ');
    expect(parseAnswersFile(text('hostile/bom.json')).ok).toBe(true);
  });

  it.each(['arabic-script.json', 'turkish.json'])(
    '%s, keeping every character and round-tripping',
    (name) => {
      const original = JSON.parse(text(name));
      const result = parseAnswersFile(fixture(name));
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      expect(result.file.answers).toEqual(original.answers);
      expect(result.file.respondent).toEqual(original.respondent);
      const again = parseAnswersFile(
        serialiseAnswersFile({
          answers: result.file.answers,
          respondentLabel: result.file.respondent?.label,
          language: result.file.language,
          savedAt: new Date(result.file.savedAt),
        }),
      );
      // A catalogue "1" file is read as "2" and says so; written again, it is simply "2".
      const { madeWithCatalogue, ...read } = result.file;
      expect(madeWithCatalogue).toBe('1');
      expect(again).toEqual({ ok: true, file: read });
    },
  );

  it('trims text and normalises it to NFC', () => {
    const file = JSON.parse(text('turkish.json'));
    file.answers.profile_partner_municipality = '  Emirdag\u0306\n';
    const result = parseAnswersFile(JSON.stringify(file));
    expect(result.ok && result.file.answers.profile_partner_municipality).toBe('Emirdağ');
  });

  it('answers to questions whose conditions are not met (kept; scoring ignores them)', () => {
    const file = JSON.parse(text('example-a-lindestad.json'));
    file.answers.obj_support_programme = 'never';
    file.answers.obj_programme_fit = 2; // shown only with a support programme
    const result = parseAnswersFile(JSON.stringify(file));
    expect(result.ok && result.file.answers.obj_programme_fit).toBe(2);
  });
});
