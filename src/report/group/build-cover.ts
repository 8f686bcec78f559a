// The group report's cover (issue 14, item 2): which partnership the group is about, and every
// file set apart because it names another partnership or none (content-model-v2 §5).
import type { GroupPair, GroupResult } from '../../group/schema';
import { dateParam, text, type Block, type Text } from '../blocks';
import { COVER_LANGUAGE } from '../document-frame';

const NOT_GIVEN = text('report.notGiven');
export const nameParam = (s: string | null): string | Text => (s === null || s.trim() === '' ? NOT_GIVEN : s);

/** "about another partnership: Amsterdam–Nador, 1 file" (left out, or included by the facilitator). */
export function otherPairText(p: GroupPair): Text {
  if (p.own === null || p.partner === null)
    return text(p.included ? 'group.report.pairs.notStatedIncluded' : 'group.report.pairs.notStated', {
      count: p.files,
    });
  return text(p.included ? 'group.report.pairs.otherIncluded' : 'group.report.pairs.other', {
    own: p.own,
    partner: p.partner,
    count: p.files,
  });
}

export function chosenPair(g: GroupResult): GroupPair | undefined {
  return g.pairs.find((p) => p.chosen);
}

export function coverBlock(g: GroupResult, date: string): Block {
  const chosen = chosenPair(g);
  const chosenLine =
    chosen === undefined || chosen.own === null
      ? []
      : [
          text('group.report.cover.pair', {
            own: nameParam(chosen.own),
            partner: nameParam(chosen.partner),
            count: chosen.files,
          }),
        ];
  return {
    kind: 'cover',
    title: text('group.report.cover.title'),
    language: COVER_LANGUAGE,
    lines: [
      text('group.report.cover.participants', {
        count: g.participants,
        destination: g.sides.destination,
        source: g.sides.source,
        none: g.sides.none,
      }),
      ...chosenLine,
      ...g.pairs.filter((p) => !p.chosen).map(otherPairText),
      text('report.cover.date', { date: dateParam(date) }),
      text('group.report.cover.method'),
    ],
  };
}

export function documentTitle(g: GroupResult): Text {
  const chosen = chosenPair(g);
  return chosen === undefined || chosen.own === null
    ? text('group.report.documentTitleSeveral')
    : text('group.report.documentTitle', { own: nameParam(chosen.own), partner: nameParam(chosen.partner) });
}
