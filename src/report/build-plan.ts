// The action plan (issue 15, item 2) as the report's last part: what the partnership decided to do
// about the triggered action points, who takes it on, by when, and how far it is.
import type { Plan } from '../answers/plan';
import { actionText } from './action-text';
import { cell, text, type Block, type Cell } from './blocks';

/** User text travels as a literal, never as a key (style.md §6). */
const literal = (s: string): Cell => ({ kind: 'answer', parts: [{ kind: 'literal', text: s }] });

export function planBlocks(plan: Plan): Block[] {
  if (plan.length === 0) return [];
  return [
    { kind: 'section', id: 'plan', title: text('plan.title') },
    { kind: 'paragraph', text: text('plan.intro') },
    {
      kind: 'table',
      caption: text('plan.caption'),
      head: (['action', 'owner', 'due', 'status'] as const).map((k) => text(`plan.column.${k}`)),
      rows: plan.map((p) => [
        cell(actionText(p.actionId)),
        p.owner === undefined || p.owner === '' ? cell(text('plan.noOwner')) : literal(p.owner),
        p.due === undefined ? cell(text('plan.noDate')) : literal(p.due),
        cell(text(`plan.status.${p.status}`)),
      ]),
      widths: [0.46, 0.22, 0.14, 0.18],
    },
  ];
}
