// The comparison part and the plan in the advice report (issue 15): where they go and what they say.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAnswersFile, type AnswersFile } from '../../src/answers/parse';
import { assess } from '../../src/assessment/assess';
import { compareFiles } from '../../src/assessment/compare';
import { fixedT } from '../../src/i18n/setup';
import { createTranslator, plainT } from '../../src/render/resolve-text';
import { buildReport } from '../../src/report/build-report';
import { withFollowUp } from '../../src/report/with-follow-up';
import { examplePath } from '../assessment/examples';
import { blocksOf, keysOf } from './helpers';

function read(path: string): AnswersFile {
  const r = parseAnswersFile(readFileSync(path));
  if (!r.ok) throw new Error('unreadable fixture');
  return r.file;
}
const now = read(examplePath('A'));
const earlier = read('test/fixtures/answers/example-a-lindestad-earlier.json');
const base = buildReport(assess(now.answers), now.answers, { date: '2026-11-27' });
const result = compareFiles(now, earlier);
if (!result.ok) throw new Error('refused');
const comparison = result.comparison;
const en = createTranslator('en', (l) => plainT(fixedT(l, { strict: true })));

describe('withFollowUp', () => {
  it('leaves the report as it is without a comparison or a plan', () => {
    expect(withFollowUp(base, { plan: [] })).toBe(base);
  });

  it('puts the comparison right after the first steps and the plan at the very end', () => {
    const doc = withFollowUp(base, {
      comparison,
      plan: [{ actionId: 'R3_connect_peers', status: 'planned' }],
    });
    const parts = blocksOf(doc, 'section').map((s) => s.id);
    expect(parts.slice(0, 2)).toEqual(['next-steps', 'comparison']);
    expect(parts.at(-1)).toBe('plan');
    expect(doc.blocks.at(-1)?.kind).toBe('table');
  });

  it('draws then and now per dimension, with the change in the table', () => {
    const doc = withFollowUp(base, { comparison });
    const chart = blocksOf(doc, 'chart').find((c) => c.chart.type === 'thenNow');
    expect(chart?.chart.type === 'thenNow' && chart.chart.items.map((i) => [i.then, i.now])).toEqual(
      comparison.dimensions.map((d) => [d.then, d.now]),
    );
    const trust = chart?.table.rows[3]?.map((c) => en.cell(c));
    const d = comparison.dimensions[3];
    expect(trust).toEqual([
      'Trust through long-term cooperation',
      String(d?.then),
      String(d?.now),
      `+${d?.change}`,
    ]);
  });

  it('names new and no longer triggered action points, the model move and the plan follow-up', () => {
    const doc = withFollowUp(base, { comparison });
    const keys = keysOf(doc);
    expect(keys).toContain('recommendations.R7.actions.R7_inform_public');
    expect(keys).toContain('recommendations.R6.actions.R6_join_city_networks');
    expect(keys).toContain('comparison.networkModel.moved');
    const followUp = blocksOf(doc, 'table').find((t) => t.caption.key === 'comparison.plan.caption');
    expect(followUp?.rows.map((r) => r.slice(1).map((c) => en.cell(c)))).toEqual([
      ['In progress', 'Yes', 'Yes'],
      ['Done', 'Yes', 'Yes'],
    ]);
  });

  it('shows the owner as typed and says when there is no date', () => {
    const doc = withFollowUp(base, {
      plan: [{ actionId: 'R3_connect_peers', owner: 'Ayşe Demir', status: 'done' }],
    });
    const table = blocksOf(doc, 'table').at(-1);
    expect(table?.rows[0]?.map((c) => en.cell(c)).slice(1)).toEqual(['Ayşe Demir', 'No date', 'Done']);
  });

  it("writes the earlier assessment's date out in the report's language, not as an ISO date", () => {
    const doc = withFollowUp(base, { comparison, plan: [] });
    const intro = blocksOf(doc, 'paragraph').find((p) => p.text.key === 'comparison.intro');
    expect(intro).toBeDefined();
    const said = en.text(intro?.text ?? { key: 'comparison.intro' });
    expect(said).toContain('18 November 2025');
    expect(said).not.toContain('2025-11-18');
  });
});
