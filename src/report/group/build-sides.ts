// "The sides compared" (issue 14, items 1 and 3): each side's own aims next to what the other side
// thinks they are (content-model-v2 §5), and the six dimensions per role of the participants.
import type { MessageKey } from '../../i18n/keys';
import type { GroupAims, GroupResult } from '../../group/schema';
import { optionLabel } from '../../i18n/keys';
import { cell, text, type Block, type Cell, type Text } from '../blocks';
import { DIMENSION_COLUMN, groupNumberCell, shortDimensionName } from './group-cells';

const ofCell = (count: number, files: number): Cell =>
  files === 0 ? cell(text('group.report.none')) : cell(text('group.report.countOf', { count, files }));

const countFor = (list: GroupAims['destination']['own'], value: string) =>
  list.find((x) => x.value === value)?.count ?? 0;

export function aimsBlocks(g: GroupResult): Block[] {
  const { destination: d, source: s } = g.aims;
  const rows: Cell[][] = d.own.map(({ value }) => [
    cell(text(optionLabel('obj_main_objectives', value))),
    ofCell(countFor(d.own, value), d.ownFiles),
    ofCell(countFor(d.seenByPartner, value), d.partnerFiles),
    ofCell(countFor(s.own, value), s.ownFiles),
    ofCell(countFor(s.seenByPartner, value), s.partnerFiles),
  ]);
  const nobodyGuessed = d.partnerFiles === 0 && s.partnerFiles === 0;
  return [
    { kind: 'heading', level: 2, text: text('group.report.aims.title') },
    { kind: 'paragraph', text: text('group.report.aims.intro') },
    ...(nobodyGuessed ? [{ kind: 'paragraph', text: text('group.report.aims.noPartnerView') } as const] : []),
    {
      kind: 'table',
      caption: text('group.report.aims.caption'),
      head: [
        text('group.report.aims.aim'),
        text('group.report.aims.destinationSays'),
        text('group.report.aims.sourceThinks'),
        text('group.report.aims.sourceSays'),
        text('group.report.aims.destinationThinks'),
      ],
      rows,
      widths: [0.28, 0.18, 0.18, 0.18, 0.18],
    },
  ];
}

// Short role names: the catalogue's option texts are whole sentences, too long for a table.
const SHORT_ROLE: ReadonlyMap<string, MessageKey> = new Map<string, MessageKey>([
  ['international_officer', 'group.report.roles.short.international_officer'],
  ['department_officer', 'group.report.roles.short.department_officer'],
  ['elected_official', 'group.report.roles.short.elected_official'],
  ['civil_society', 'group.report.roles.short.civil_society'],
  ['other', 'group.report.roles.short.other'],
]);

export const roleName = (role: string | null): Text => {
  const key = role === null ? undefined : SHORT_ROLE.get(role);
  return key === undefined ? text('group.report.roles.notGiven') : text(key);
};

export function rolesBlocks(g: GroupResult): Block[] {
  return [
    { kind: 'heading', level: 2, text: text('group.report.roles.title') },
    { kind: 'paragraph', text: text('group.report.roles.intro') },
    {
      kind: 'table',
      caption: text('group.report.roles.caption'),
      head: [text('group.report.roles.role'), ...g.dimensions.map((d) => shortDimensionName(d.id))],
      rows: g.roles.map((r) => [
        cell(text('group.report.roles.withCount', { role: roleName(r.role), count: r.files })),
        ...r.dimensions.map((d) => groupNumberCell(d.score)),
      ]),
      widths: [1 - DIMENSION_COLUMN * g.dimensions.length, ...g.dimensions.map(() => DIMENSION_COLUMN)],
    },
  ];
}

export function sidesBlocks(g: GroupResult): Block[] {
  return [
    { kind: 'section', id: 'sides', title: text('group.report.sidesCompared.title') },
    { kind: 'paragraph', text: text('group.report.sidesCompared.intro') },
    ...aimsBlocks(g),
    ...rolesBlocks(g),
  ];
}
