import { describe, expect, it } from 'vitest';
import { answersFileName, serialiseAnswersFile, slugify } from '../../src/answers/serialise';
import { CATALOGUE_VERSION } from '../../src/catalogue/catalogue';

describe('serialiseAnswersFile', () => {
  it('writes the contract shape, answers in catalogue order, and leaves out an empty label', () => {
    const json = serialiseAnswersFile({
      answers: { cond_trust_continuity: 4, profile_side: 'destination' },
      respondentLabel: '  ',
      language: 'nl',
      savedAt: new Date('2026-11-22T10:15:00.000Z'),
    });
    expect(JSON.parse(json)).toEqual({
      format: 'partnership-mirror/answers',
      formatVersion: 1,
      catalogueVersion: CATALOGUE_VERSION,
      savedAt: '2026-11-22T10:15:00.000Z',
      language: 'nl',
      answers: { profile_side: 'destination', cond_trust_continuity: 4 },
    });
    expect(Object.keys(JSON.parse(json).answers)).toEqual(['profile_side', 'cond_trust_continuity']);
    expect(json.endsWith('}\n')).toBe(true);
    // content-model-v2 §1: saving always writes catalogue "2".
    expect(JSON.parse(json).catalogueVersion).toBe('2');
  });

  it('keeps a respondent label', () => {
    const json = serialiseAnswersFile({
      answers: {},
      respondentLabel: 'Beleidsadviseur',
      language: 'en',
      savedAt: new Date(0),
    });
    expect(JSON.parse(json).respondent).toEqual({ label: 'Beleidsadviseur' });
  });
});

describe('answersFileName', () => {
  const day = new Date(2026, 10, 22, 23, 30); // local time: the date the user sees
  it.each([
    [
      { profile_own_municipality: 'Haarlem', profile_partner_municipality: 'Emirdağ' },
      'partnership-mirror-haarlem-emirdag-2026-11-22.json',
    ],
    [
      { profile_own_municipality: "'s-Hertogenbosch", profile_partner_municipality: 'Al Hoceïma' },
      'partnership-mirror-s-hertogenbosch-al-hoceima-2026-11-22.json',
    ],
    [
      { profile_own_municipality: 'İzmir', profile_partner_municipality: 'Kırşehir' },
      'partnership-mirror-izmir-kirsehir-2026-11-22.json',
    ],
    [
      { profile_own_municipality: 'Utrecht', profile_partner_municipality: 'الحسيمة' },
      'partnership-mirror-utrecht-partner-2026-11-22.json',
    ],
    [
      { profile_own_municipality: '../../etc/passwd' },
      'partnership-mirror-etc-passwd-partner-2026-11-22.json',
    ],
    [{}, 'partnership-mirror-own-partner-2026-11-22.json'],
  ] as const)('%j → %s', (answers, expected) => {
    expect(answersFileName(answers, day)).toBe(expected);
  });

  it('keeps slugs short', () => {
    expect(slugify('a'.repeat(300)).length).toBe(40);
  });
});
