// "Where participants disagree most" (issue 8, item 3): the likert questions with the widest
// spread of answers, the facilitator's material for discussion.
import type { GroupQuestion, GroupResult } from '../../group/schema';
import { questionLabel } from '../../i18n/keys';
import { cell, text, type Block, type Cell } from '../blocks';
import { groupNumberCell, rangeCell } from './group-cells';

type Likert = Extract<GroupQuestion['distribution'], { kind: 'likert' }>;
const likert = (d: GroupQuestion['distribution'] | undefined): Likert | undefined =>
  d?.kind === 'likert' ? d : undefined;

function meanCell(d: Likert | undefined): Cell {
  return d === undefined || d.mean === null
    ? cell(text('group.report.none'))
    : cell(text('group.report.mean', { value: d.mean }));
}

export function discussionRow(q: GroupQuestion): Cell[] {
  const d = likert(q.distribution);
  return [
    cell(text(questionLabel(q.id))),
    groupNumberCell(d?.answered ?? 0),
    meanCell(d),
    rangeCell(d?.min ?? null, d?.max ?? null),
    meanCell(likert(q.bySide.destination)),
    meanCell(likert(q.bySide.source)),
  ];
}

export function discussionBlocks(g: GroupResult): Block[] {
  const questions = g.discussion.flatMap((id) => g.questions.filter((q) => q.id === id));
  return [
    { kind: 'section', id: 'discussion', title: text('group.report.discussion.title') },
    { kind: 'paragraph', text: text('group.report.discussion.intro') },
    questions.length === 0
      ? { kind: 'paragraph', text: text('group.report.discussion.none') }
      : {
          kind: 'table',
          caption: text('group.report.discussion.caption'),
          head: [
            text('group.report.discussion.question'),
            text('group.report.discussion.answers'),
            text('group.report.discussion.mean'),
            text('group.report.discussion.range'),
            text('group.report.discussion.destination'),
            text('group.report.discussion.source'),
          ],
          rows: questions.map(discussionRow),
          widths: [0.3, 0.12, 0.13, 0.13, 0.16, 0.16],
        },
  ];
}
