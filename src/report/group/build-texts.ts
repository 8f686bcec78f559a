// "What participants wrote" (content-model §8.1, text questions: the list of texts, report only).
// Texts are user text, carried as params and never used as keys or markup. The order is the
// group's (by text, code-point order), so it cannot show which file a text came from; a label is
// added only when the facilitator asks for names (issue 8, item 5).
import { getQuestion, isQuestionId } from '../../catalogue/catalogue';
import type { GroupQuestion, GroupResult } from '../../group/schema';
import { questionLabel } from '../../i18n/keys';
import { text, type Block, type Text } from '../blocks';

export interface GroupTexts {
  readonly id: string;
  readonly label: Text;
  /** One Text per non-empty answer; empty when nobody wrote anything. */
  readonly items: readonly Text[];
}

const isLongText = (q: GroupQuestion): boolean =>
  isQuestionId(q.id) && getQuestion(q.id).type === 'long_text';

function items(q: GroupQuestion, showNames: boolean): Text[] {
  const d = q.distribution;
  if (d.kind !== 'text') return [];
  return d.texts
    .filter((t) => t.text.trim() !== '')
    .map((t) =>
      showNames
        ? text('group.report.texts.labelled', {
            label: t.label ?? text('group.report.participants.noLabel'),
            text: t.text,
          })
        : text('group.report.texts.item', { text: t.text }),
    );
}

/** The long_text questions in catalogue order, each with what participants wrote. */
export function groupTexts(g: GroupResult, showNames: boolean): GroupTexts[] {
  return g.questions
    .filter(isLongText)
    .map((q) => ({ id: q.id, label: text(questionLabel(q.id)), items: items(q, showNames) }));
}

export function textsBlocks(g: GroupResult, showNames: boolean): Block[] {
  return [
    { kind: 'section', id: 'texts', title: text('group.report.texts.title') },
    {
      kind: 'paragraph',
      text: text(showNames ? 'group.report.texts.introNames' : 'group.report.texts.intro'),
    },
    ...groupTexts(g, showNames).flatMap((q): Block[] => [
      { kind: 'heading', level: 2, text: q.label },
      q.items.length === 0
        ? { kind: 'paragraph', text: text('group.report.texts.none') }
        : { kind: 'list', items: q.items },
    ]),
  ];
}
