import { render, screen, within } from '@testing-library/react';
import { quoteAnswers } from '../../../src/report/quote';
import { describe, expect, it } from 'vitest';
import { assess } from '../../../src/assessment/assess';
import { fixedT } from '../../../src/i18n/setup';
import { createTranslator, plainT } from '../../../src/render/resolve-text';
import { ReportView } from '../../../src/render/screen/ReportView';
import { text, type Block } from '../../../src/report/blocks';
import { buildReport } from '../../../src/report/build-report';
import { exampleAnswers } from '../../report/example-answers';

const tEn = fixedT('en', { strict: true });
const tr = createTranslator('en', (lang) => plainT(fixedT(lang, { strict: true })));

function renderExample(key: 'A' | 'B' | 'C') {
  const answers = exampleAnswers(key);
  return render(<ReportView doc={buildReport(assess(answers), answers, { date: '2026-11-24' })} tr={tr} />);
}

describe('ReportView', () => {
  it('shows the cover title as the one h1 and the parts as h2, first steps first, appendix last', () => {
    renderExample('A');
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual([
      tEn('report.cover.title'),
    ]);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(
      [
        'nextSteps.title',
        'recommendations.title',
        'conditions.title',
        'networkModel.title',
        'indicators.title',
        'appendix.methodTitle',
        'appendix.title',
      ].map((p) => tEn(`report.${p}`)),
    );
  });

  it('shows each first step with its recommendation and reason in smaller type below it', () => {
    renderExample('A');
    // The first occurrence is on the front page; the recommendation repeats the action point.
    const step = screen.getAllByText(tEn('recommendations.R3.actions.R3_connect_peers'))[0]!;
    const box = step.closest('div');
    if (box === null) throw new Error('no step');
    expect(within(box).getByText(`Recommendation 3: ${tEn('recommendations.R3.title')}`)).toHaveClass(
      'pm-report__evidence',
    );
    expect(within(box).getByText(/^Why: you answered “.+” to “.+”/)).toHaveClass('pm-report__evidence');
  });

  it('shows the dimension chart as a figure with its numbers in a table', () => {
    renderExample('B');
    const figure = screen.getByRole('figure', { name: tEn('report.conditions.chartCaption') });
    expect(
      within(figure).getByRole('img', { name: tEn('report.conditions.chartCaption') }),
    ).toBeInTheDocument();
    const row = within(figure).getByRole('row', { name: new RegExp(tEn('dimensions.trust.name')) });
    expect(within(row).getByRole('cell')).toHaveTextContent('88');
  });

  it('marks the identified network model in the text alternative', () => {
    renderExample('C');
    const figure = screen.getByRole('figure', { name: tEn('report.networkModel.chartCaption') });
    const row = within(figure).getByRole('row', { name: new RegExp(tEn('networkModels.multi_level.name')) });
    expect(within(row).getByRole('cell')).toHaveTextContent(tEn('report.networkModel.yes'));
  });

  it('shows each recommendation with its priority, the answers behind it and its source', () => {
    renderExample('B');
    const r7 = screen.getByRole('region', { name: new RegExp(tEn('recommendations.R7.title')) });
    expect(within(r7).getByText(`Priority: ${tEn('recommendations.priority.high')}`)).toBeInTheDocument();
    expect(
      within(r7).getByText(tEn('recommendations.R7.actions.R7_involve_more_migrants')),
    ).toBeInTheDocument();
    expect(within(r7).getAllByText(/^You answered “.+” to “.+”$/)[0]).toHaveClass('pm-report__evidence');
    expect(within(r7).getByText(/Source: ch. 10, recommendation 7/)).toBeInTheDocument();
  });

  it("takes a recommendation's sub-headings and its empty-list text from the block", () => {
    const answers = exampleAnswers('B');
    const doc = buildReport(assess(answers), answers, { date: '2026-11-24' });
    // Swapped texts prove the renderer reads them from the block rather than choosing its own.
    const swap = (b: Block): Block =>
      b.kind === 'recommendation' && b.id === 'R4'
        ? {
            ...b,
            because: quoteAnswers(['out_interfaces_strengthened'], answers),
            becauseTitle: text('report.appendix.methodTitle'),
            actionsTitle: text('report.appendix.glossaryTitle'),
            actions: [],
            noActions: text('report.conditions.noAnswers'),
          }
        : b;
    render(<ReportView doc={{ ...doc, blocks: doc.blocks.map(swap) }} tr={tr} />);
    const r4 = screen.getByRole('region', { name: new RegExp(tEn('recommendations.R4.title')) });
    expect(
      within(r4).getByRole('heading', { level: 4, name: tEn('report.appendix.methodTitle') }),
    ).toBeInTheDocument();
    expect(
      within(r4).getByRole('heading', { level: 4, name: tEn('report.appendix.glossaryTitle') }),
    ).toBeInTheDocument();
    expect(within(r4).getByText(tEn('report.conditions.noAnswers'))).toBeInTheDocument();
  });

  it('shows user text literally, never as markup', () => {
    const answers = { ...exampleAnswers('A'), profile_own_municipality: '<img src=x onerror=alert(1)>' };
    render(<ReportView doc={buildReport(assess(answers), answers, { date: '2026-11-24' })} tr={tr} />);
    expect(
      screen.getByText('Partnership between <img src=x onerror=alert(1)> and Tepekent'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: '' })).toBeNull();
  });
});
