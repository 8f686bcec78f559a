import { describe, expect, it } from 'vitest';
import { aggregateGroup } from '../../../src/group/aggregate';
import { fixedT } from '../../../src/i18n/setup';
import { createTranslator, plainT } from '../../../src/render/resolve-text';
import { buildGroupReport } from '../../../src/report/group/build-group-report';
import { groupTexts, textsBlocks } from '../../../src/report/group/build-texts';
import { answersWith } from '../../fixtures/answers';
import { participant } from '../../group/helpers';

const MARKUP = '<b>{{label}}</b> $t(group.report.texts.title) &amp;';
const group = aggregateGroup([
  participant(
    'a',
    answersWith({
      profile_side: 'destination',
      obj_objectives_text: 'Zebra crossings',
      out_lessons_text: MARKUP,
    }),
    'Aylin',
  ),
  participant('b', answersWith({ profile_side: 'source', obj_objectives_text: 'Apple orchards' }), 'Bram'),
  participant('c', answersWith({ profile_side: 'source', obj_objectives_text: 'Mango trees' })),
  participant('d', answersWith({ obj_objectives_text: undefined, out_lessons_text: undefined }), 'Dina'),
]);
const en = createTranslator('en', (l) => plainT(fixedT(l, { strict: true })));
const shown = (showNames: boolean) =>
  groupTexts(group, showNames).map((q) => ({ id: q.id, items: q.items.map(en.text) }));

describe('groupTexts', () => {
  it('lists every non-empty text of the three long_text questions, sorted by text, without labels', () => {
    const projects = 'Joint training for the service desks.';
    expect(shown(false)).toEqual([
      { id: 'obj_objectives_text', items: ['Apple orchards', 'Mango trees', 'Zebra crossings'] },
      // content-model-v2 §1: the projects (base answers, every file).
      { id: 'obj_projects_text', items: [projects, projects, projects, projects] },
      {
        id: 'out_lessons_text',
        // The base answers' lesson (files b and c) appears once per file.
        items: [MARKUP, 'Working side by side taught us most.', 'Working side by side taught us most.'],
      },
    ]);
    expect(JSON.stringify(shown(false))).not.toMatch(/Aylin|Bram|Dina/);
  });

  it('adds the typed label only when names are shown, and says when there is none', () => {
    expect(shown(true)[0]?.items).toEqual([
      'Bram: Apple orchards',
      `${en.text({ key: 'group.report.participants.noLabel' })}: Mango trees`,
      'Aylin: Zebra crossings',
    ]);
  });

  it('keeps markup, braces and nesting syntax literal in both languages', () => {
    const nl = createTranslator('nl', (l) => plainT(fixedT(l, { strict: true })));
    for (const showNames of [false, true]) {
      const items = groupTexts(group, showNames).find((q) => q.id === 'out_lessons_text')?.items ?? [];
      const prefix = showNames ? 'Aylin: ' : '';
      expect(items.map(en.text)).toContain(`${prefix}${MARKUP}`);
      expect(items.map(nl.text)).toContain(`${prefix}${MARKUP}`);
    }
  });

  it('says so when nobody wrote anything', () => {
    const empty = aggregateGroup([
      participant(
        'x',
        answersWith({
          obj_objectives_text: '   ',
          obj_projects_text: undefined,
          out_lessons_text: undefined,
        }),
      ),
    ]);
    const blocks = textsBlocks(empty, false);
    const none = blocks.filter((b) => b.kind === 'paragraph' && b.text.key === 'group.report.texts.none');
    expect(none).toHaveLength(3);
    expect(blocks.some((b) => b.kind === 'list')).toBe(false);
  });

  it('is a part of the group report, after the discussion', () => {
    const ids = buildGroupReport(group, { date: '2026-11-24', showNames: false })
      .blocks.filter((b) => b.kind === 'section')
      .map((b) => (b.kind === 'section' ? b.id : ''));
    expect(ids.indexOf('texts')).toBe(ids.indexOf('discussion') + 1);
  });
});
