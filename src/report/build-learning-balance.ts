// content-model-v2 §2.2: how much each side learned, side by side. The linear aid model of ch. 9.5
// is named only where the research saw it: the source side learns, the destination side teaches.
// Otherwise the report says plainly which side learned more. Mutual learning is a desirable
// outcome, not a requirement, and the text says so.
import type { Answers } from '../catalogue/answers';
import { sideOf } from '../catalogue/side';
import { ONE_WAY_HIGH, ONE_WAY_LOW } from '../assessment/learning-balance';
import type { LearningBalance } from '../assessment/schema';
import { cell, numberCell, text, type Block, type Text } from './blocks';

/** True when the side that learned much is the source side (ch. 9.5: the linear aid model). */
function isAidPattern(b: LearningBalance, answers: Answers): boolean {
  if (b.own === null || b.partner === null) return false;
  const side = sideOf(answers);
  if (side === 'destination') return b.partner >= ONE_WAY_HIGH && b.own <= ONE_WAY_LOW;
  if (side === 'source') return b.own >= ONE_WAY_HIGH && b.partner <= ONE_WAY_LOW;
  return false;
}

function readingOf(b: LearningBalance, answers: Answers): Text {
  if (b.own === null || b.partner === null) return text('report.learning.unknown');
  if (isAidPattern(b, answers)) return text('report.learning.aidModel');
  if (b.own > b.partner) return text('report.learning.ownMore');
  if (b.own < b.partner) return text('report.learning.partnerMore');
  return text('report.learning.equal');
}

export function learningBalanceBlocks(b: LearningBalance, answers: Answers): Block[] {
  const unknown = text('report.learning.notAnswered');
  return [
    { kind: 'heading', level: 2, text: text('report.learning.title') },
    { kind: 'paragraph', text: text('report.learning.intro') },
    {
      kind: 'table',
      caption: text('report.learning.caption'),
      head: [text('report.learning.side'), text('report.learning.score')],
      rows: [
        [cell(text('report.learning.own')), numberCell(b.own, unknown)],
        [cell(text('report.learning.partner')), numberCell(b.partner, unknown)],
      ],
      widths: [0.6, 0.4],
    },
    { kind: 'paragraph', text: readingOf(b, answers) },
  ];
}
