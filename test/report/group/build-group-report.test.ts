import { describe, expect, it } from 'vitest';
import { aggregateGroup } from '../../../src/group/aggregate';
import { fixedT } from '../../../src/i18n/setup';
import { createTranslator, plainT } from '../../../src/render/resolve-text';
import type { Block, Text } from '../../../src/report/blocks';
import { chartSvg } from '../../../src/report/charts/chart-svg';
import type { SvgNode } from '../../../src/report/charts/svg-node';
import { buildGroupReport } from '../../../src/report/group/build-group-report';
import { buildGroupSlides } from '../../../src/report/group/build-slides';
import { member, SIMILARITY_100, SIMILARITY_30 } from '../../group/helpers';

const group = aggregateGroup([
  { ...member('a', 'destination', SIMILARITY_30), label: 'Aylin' },
  member('b', 'source', SIMILARITY_100),
  member('c', 'source', { cond_trust_continuity: 1 }),
]);
const meta = { date: '2026-11-24', showNames: false };

/** Every Text in a block, nested params included, so each can be resolved with a strict `t`. */
function textsOf(block: Block): Text[] {
  const all: Text[] = [];
  const visit = (v: unknown): void => {
    if (v === null || typeof v !== 'object') return;
    if ('key' in v && typeof (v as Text).key === 'string') all.push(v as Text);
    for (const child of Object.values(v)) visit(child);
  };
  visit(block);
  return all;
}

const texts = (n: SvgNode): string[] => [
  ...(n.text === undefined ? [] : [n.text]),
  ...(n.children ?? []).flatMap(texts),
];

describe('buildGroupReport', () => {
  it('has the group parts in order, and the participants part only when names are shown', () => {
    const sections = (showNames: boolean) =>
      buildGroupReport(group, { ...meta, showNames })
        .blocks.filter((b) => b.kind === 'section')
        .map((b) => (b.kind === 'section' ? b.id : ''));
    expect(sections(false)).toEqual([
      'summary',
      'dimensions',
      'sides',
      'discussion',
      'texts',
      'networkModel',
      'recommendations',
      'indicators',
    ]);
    expect(sections(true)).toEqual([...sections(false), 'participants']);
  });

  it('resolves every text in both languages (no missing key)', () => {
    const doc = buildGroupReport(group, { ...meta, showNames: true });
    for (const lang of ['en', 'nl'] as const) {
      const tr = createTranslator(lang, (l) => plainT(fixedT(l, { strict: true })));
      for (const t of [doc.title, ...doc.blocks.flatMap(textsOf)]) expect(tr.text(t)).not.toBe('');
    }
  });

  it('draws the side comparison from the group scores per side', () => {
    const doc = buildGroupReport(group, meta);
    const chart = doc.blocks.find((b) => b.kind === 'chart');
    if (chart?.kind !== 'chart' || chart.chart.type !== 'sideComparison') throw new Error('no side chart');
    expect(chart.chart.items[0]).toMatchObject({ destination: 30, source: 90, min: 30, max: 100 });
    const tr = createTranslator('en', (l) => plainT(fixedT(l, { strict: true })));
    const svg = chartSvg(chart.chart, (t) => tr.text(t));
    expect(texts(svg)).toEqual(expect.arrayContaining(['Destination side', 'Source side', '30', '90']));
  });

  it('names nobody unless asked: the label appears only with showNames', () => {
    const tr = createTranslator('en', (l) => plainT(fixedT(l)));
    const words = (showNames: boolean) =>
      JSON.stringify(
        buildGroupReport(group, { ...meta, showNames }).blocks.flatMap((b) => [
          b,
          ...textsOf(b).map(tr.text),
        ]),
      );
    expect(words(false)).not.toContain('Aylin');
    expect(words(true)).toContain('Aylin');
  });

  const en = createTranslator('en', (l) => plainT(fixedT(l, { strict: true })));
  const allWords = (blocks: readonly Block[]) =>
    blocks
      .flatMap(textsOf)
      .map((t) => en.text(t))
      .join('\n');

  it('says "most participants" only when more than half point to the model (v2 §5)', () => {
    const classic = { act_cso_role: 'none', act_higher_levels: 'none' } as const;
    // classic 2 of 4 (hybrid and multi-level 1 each): the answer given most often, not "most".
    const few = aggregateGroup([
      member('a', 'destination', classic),
      member('b', 'source', classic),
      member('c', 'source'),
      member('d', 'destination', { act_cso_role: 'none' }),
    ]);
    expect(few.networkModel.id).toBe('classic');
    const words = allWords(buildGroupReport(few, meta).blocks);
    expect(words).toContain('The answer given most often (2 of 4 participants)');
    expect(words).not.toContain('The answers of most participants');
    const many = aggregateGroup([member('a', 'destination', classic), member('b', 'source', classic)]);
    expect(allWords(buildGroupReport(many, meta).blocks)).toContain(
      'The answers of most participants (2 of 2)',
    );
  });

  it('names the partnership and lists a file about another one as left out', () => {
    const g = aggregateGroup([
      member('a', 'destination'),
      member('b', 'source'),
      member('x', 'destination', {
        profile_own_municipality: 'Amsterdam',
        profile_partner_municipality: 'Nador',
      }),
    ]);
    const words = allWords(buildGroupReport(g, meta).blocks);
    expect(words).toContain('About another partnership: Amsterdam–Nador, 1 file (left out)');
  });

  it('presents a gap between the sides as something to discuss, not as disagreement', () => {
    const words = allWords(buildGroupReport(group, meta).blocks);
    expect(words).toContain('The sides see this differently — discuss');
    expect(words).not.toContain('Participants on one side disagree;');
  });

  it('makes one slide per topic: overview, six dimensions, the sides, differences, each recommendation', () => {
    const slides = buildGroupSlides(group);
    const applicable = group.recommendations.filter((r) => r.priority !== 'not_applicable').length;
    expect(slides).toHaveLength(1 + 6 + 1 + 1 + applicable);
    for (const slide of slides) expect(slide.blocks[0]?.kind).toBe('section');
    expect(slides.slice(1, 7).every((s) => s.blocks.some((b) => b.kind === 'chart'))).toBe(true);
    const nl = createTranslator('nl', (l) => plainT(fixedT(l, { strict: true })));
    for (const t of slides.flatMap((s) => s.blocks.flatMap(textsOf))) {
      expect(en.text(t)).not.toBe('');
      expect(nl.text(t)).not.toBe('');
    }
  });
});
