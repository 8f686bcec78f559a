// The one-page summary (issue 7, item 2): network model, top three recommendations, strongest and
// weakest condition, coverage.
import type { Assessment, DimensionResult } from '../assessment/schema';
import {
  dimensionName,
  networkModelDescription,
  networkModelName,
  recommendationTitle,
  type MessageKey,
} from '../i18n/keys';
import { text, type Block, type Text } from './blocks';
import { priorityText } from './build-recommendations';

function networkModelSentence(a: Assessment): Text {
  const id = a.networkModel.id;
  if (id === null)
    return text('report.summary.networkModelUnknown', {
      description: text(networkModelDescription('unknown')),
    });
  return text('report.summary.networkModel', {
    model: text(networkModelName(id)),
    description: text(networkModelDescription(id)),
  });
}

/** content-model-v2 §2.1: strongest and weakest are chosen among the five dimensions of ch. 9.5.1;
 *  the sixth rests on a given of the pair and is shown beside them. */
const NOT_RANKED: ReadonlySet<string> = new Set(['translocal']);

/** Strongest and weakest among the scored dimensions; ties go to the earlier one (§5.3 order). */
export function extremes(
  dims: readonly DimensionResult[],
): { strongest: DimensionResult; weakest: DimensionResult } | null {
  const scored = dims.filter((d) => d.score !== null && !NOT_RANKED.has(d.id));
  const first = scored[0];
  if (first === undefined) return null;
  let strongest = first;
  let weakest = first;
  for (const d of scored) {
    if ((d.score ?? 0) > (strongest.score ?? 0)) strongest = d;
    if ((d.score ?? 0) < (weakest.score ?? 0)) weakest = d;
  }
  return { strongest, weakest };
}

export function summaryBlocks(a: Assessment): Block[] {
  const top = a.recommendations.filter((r) => r.priority !== 'not_applicable').slice(0, 3);
  const ext = extremes(a.dimensions);
  const dimLine = (key: MessageKey, d: DimensionResult) =>
    text(key, { name: text(dimensionName(d.id)), score: d.score ?? 0 });
  const dimensionLines: Block[] =
    ext === null
      ? [{ kind: 'paragraph', text: text('report.summary.noScores') }]
      : [
          { kind: 'paragraph', text: dimLine('report.summary.strongest', ext.strongest) },
          ...(ext.weakest.id === ext.strongest.id
            ? []
            : [{ kind: 'paragraph', text: dimLine('report.summary.weakest', ext.weakest) } as const]),
        ];
  return [
    { kind: 'section', id: 'summary', title: text('report.summary.title') },
    { kind: 'paragraph', text: networkModelSentence(a) },
    { kind: 'heading', level: 2, text: text('report.summary.topTitle') },
    {
      kind: 'list',
      items: top.map((r) =>
        text('report.summary.topItem', { title: text(recommendationTitle(r.id)), priority: priorityText(r) }),
      ),
    },
    ...dimensionLines,
    {
      kind: 'paragraph',
      text: text('report.summary.coverage', {
        answered: a.coverage.answered,
        applicable: a.coverage.applicable,
      }),
    },
    { kind: 'paragraph', text: text('method.mirrorNotGrade') },
  ];
}
