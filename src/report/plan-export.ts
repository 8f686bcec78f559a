// The action plan as files (issue 15, item 2): a CSV table for a spreadsheet (the Excel-friendly
// rules of csv.ts) and an .ics calendar of its dates. Texts are resolved by the caller's `resolve`,
// so this stays free of i18next and serves the browser and tests alike.
import type { Plan } from '../answers/plan';
import type { Language } from '../catalogue/ids';
import { contentHash } from '../group/content-hash';
import { actionText } from './action-text';
import { text, type Text } from './blocks';
import { toCsv } from './csv';
import { toIcs, type CalendarEvent } from './ics';

export type Resolve = (t: Text) => string;

/** Header row, then one row per item: action point, owner, date, status. */
export function planCsv(plan: Plan, resolve: Resolve, language: Language): string {
  const head = (['action', 'owner', 'due', 'status'] as const).map((k) => resolve(text(`plan.column.${k}`)));
  const rows = plan.map((p) => [
    resolve(actionText(p.actionId)),
    p.owner ?? '',
    p.due ?? '',
    resolve(text(`plan.status.${p.status}`)),
  ]);
  return toCsv([head, ...rows], language);
}

/** The same action point of the same partnership keeps its UID, so a calendar that imports the
 *  file again updates the event instead of adding a second one. */
export function planEventUid(actionId: string, partnership: string | null): string {
  return `${actionId}-${contentHash(partnership ?? '')}@partnership-mirror`;
}

/** One all-day event per item with a date; items without a date are left out. */
export function planIcs(plan: Plan, resolve: Resolve, partnership: string | null, stamp: Date): string {
  const events: CalendarEvent[] = plan.flatMap((p) =>
    p.due === undefined
      ? []
      : [
          {
            uid: planEventUid(p.actionId, partnership),
            date: p.due,
            summary: resolve(actionText(p.actionId)),
            description: [
              `${resolve(text('plan.column.owner'))}: ${p.owner ?? resolve(text('plan.noOwner'))}`,
              `${resolve(text('plan.column.status'))}: ${resolve(text(`plan.status.${p.status}`))}`,
            ].join('\n'),
          },
        ],
  );
  return toIcs(events, stamp);
}
