import { describe, expect, it } from 'vitest';
import { answerParts } from '../../src/i18n/answer-text';
import { resources } from '../../src/i18n/resources';

describe('answerParts', () => {
  it('reads a multi answer in option order, with the side wording as context', () => {
    expect(answerParts('act_actor_types_own', ['schools', 'migrant_organisations'], 'source')).toEqual([
      { kind: 'key', key: 'options.act_actor_types_own.migrant_organisations', context: 'source' },
      { kind: 'key', key: 'options.act_actor_types_own.schools', context: 'source' },
    ]);
  });

  it('reads [] as "none of these"', () => {
    expect(answerParts('learn_forms', [])).toEqual([
      { kind: 'key', key: 'options.learn_forms.none_of_these' },
    ]);
  });

  it('reads likert values on their own scale, and unsure', () => {
    expect(answerParts('ex_peer_contact', 5)).toEqual([{ kind: 'key', key: 'scales.likert5_extent.5' }]);
    expect(answerParts('cond_trust_continuity', 'unsure')).toEqual([{ kind: 'key', key: 'scales.unsure' }]);
  });

  it('shows a point off the likert scale as written, never as a key that does not exist', () => {
    expect(answerParts('ex_peer_contact', 7)).toEqual([{ kind: 'literal', text: '7' }]);
  });

  it('keeps free text literal, markup included', () => {
    expect(answerParts('profile_own_municipality', '<img src=x onerror=alert(1)>')).toEqual([
      { kind: 'literal', text: '<img src=x onerror=alert(1)>' },
    ]);
  });

  it('gives a number with its unit', () => {
    expect(answerParts('profile_partnership_years', 12)).toEqual([
      { kind: 'number', value: 12, unitKey: 'scales.units.years' },
    ]);
  });

  it('only produces keys that exist in the locales', () => {
    const en = resources.en.translation as unknown as Record<string, Record<string, Record<string, string>>>;
    expect(en.options?.tl_diaspora_link?.national_source).toBeTruthy();
  });
});
