// The six conditions for mutual learning (ch. 9.5) and the governance network model (ch. 9.4).
import type { Answers } from '../catalogue/answers';
import { NETWORK_MODEL_IDS } from '../catalogue/ids';
import type { Assessment, DimensionResult } from '../assessment/schema';
import {
  dimensionExplanation,
  dimensionHigh,
  dimensionLow,
  dimensionName,
  networkModelDescription,
  networkModelMeaning,
  networkModelName,
} from '../i18n/keys';
import { cell, numberCell, text, type Block } from './blocks';
import type { QuoteLedger } from './quote-ledger';
import { sixthDimensionContextBlocks, wholePartnershipBlocks } from './build-context-notes';

const percent = (ratio: number) => Math.round(ratio * 100);

/** Below the midpoint the dimension's "low" reading applies, from it the "high" one. */
const LOW_BELOW = 50;

function dimensionBlocks(d: DimensionResult, answers: Answers): Block[] {
  const coverage = percent(d.coverage);
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: text(dimensionName(d.id)) },
    {
      kind: 'paragraph',
      strong: true,
      text: d.notApplicable
        ? text('report.notes.sixthNotApplicableShort')
        : d.score === null
          ? text('report.conditions.tooFew', { coverage })
          : text('report.conditions.score', { score: d.score, coverage }),
    },
    { kind: 'paragraph', text: text(dimensionExplanation(d.id)) },
    ...sixthDimensionContextBlocks(d, answers),
  ];
  if (d.score !== null) {
    blocks.push({
      kind: 'paragraph',
      text: text(d.score < LOW_BELOW ? dimensionLow(d.id) : dimensionHigh(d.id)),
    });
  }
  return blocks;
}

/** The six dimensions: chart, then each one's reading. The answers behind the scores are quoted
 *  in the appendix, not here again (issue 18: no answer more than twice per language). */
export function conditionsBlocks(a: Assessment, answers: Answers): Block[] {
  const tooFew = text('report.indicators.tooFew');
  return [
    { kind: 'section', id: 'conditions', title: text('report.conditions.title') },
    { kind: 'paragraph', text: text('report.conditions.intro') },
    { kind: 'paragraph', text: text('report.conditions.answersInAppendix') },
    {
      kind: 'chart',
      caption: text('report.conditions.chartCaption'),
      chart: {
        type: 'dimensionBars',
        // A dimension that does not apply is said in words, not drawn as "too few answers".
        items: a.dimensions
          .filter((d) => !d.notApplicable)
          .map((d) => ({ id: d.id, label: text(dimensionName(d.id)), score: d.score })),
        nullLabel: tooFew,
      },
      table: {
        head: [text('report.conditions.tableCondition'), text('report.conditions.tableScore')],
        rows: a.dimensions.map((d) => [
          cell(text(dimensionName(d.id))),
          d.notApplicable ? cell(text('report.notes.sixthNotApplicableShort')) : numberCell(d.score, tooFew),
        ]),
      },
    },
    ...a.dimensions.flatMap((d) => dimensionBlocks(d, answers)),
  ];
}

export function networkModelBlocks(a: Assessment, ledger: QuoteLedger): Block[] {
  const id = a.networkModel.id;
  const yes = text('report.networkModel.yes');
  const no = text('report.networkModel.no');
  const blocks: Block[] = [
    { kind: 'section', id: 'network-model', title: text('report.networkModel.title') },
    { kind: 'paragraph', text: text('report.networkModel.intro') },
    {
      kind: 'chart',
      caption: text('report.networkModel.chartCaption'),
      chart: {
        type: 'networkModels',
        models: NETWORK_MODEL_IDS.map((m) => ({ id: m, label: text(networkModelName(m)) })),
        highlighted: id,
        axisX: text('report.networkModel.axisX'),
        axisY: text('report.networkModel.axisY'),
        yours: text('report.networkModel.yours'),
      },
      table: {
        head: [text('report.networkModel.tableModel'), text('report.networkModel.tableYours')],
        rows: NETWORK_MODEL_IDS.map((m) => [
          { kind: 'text', text: text(networkModelName(m)) },
          { kind: 'text', text: m === id ? yes : no },
        ]),
      },
    },
  ];
  if (id === null) {
    blocks.push({ kind: 'paragraph', strong: true, text: text(networkModelName('unknown')) });
    blocks.push({ kind: 'paragraph', text: text(networkModelDescription('unknown')) });
  } else {
    blocks.push({
      kind: 'paragraph',
      strong: true,
      text: text('report.networkModel.identified', { model: text(networkModelName(id)) }),
    });
    blocks.push({ kind: 'paragraph', text: text(networkModelDescription(id)) });
    blocks.push({ kind: 'paragraph', text: text(networkModelMeaning(id)) });
  }
  const deciding = ledger.once(a.networkModel.contributions.map((c) => c.question));
  if (deciding.length > 0) blocks.push({ kind: 'answers', items: deciding });
  blocks.push(...wholePartnershipBlocks());
  return blocks;
}
