// A table of report cells: the report's tables, a chart's text alternative, the workshop's tables.
import type { ReactNode } from 'react';
import type { Cell, Text } from '../../report/blocks';
import type { Translator } from '../resolve-text';

export interface DataTableProps {
  /** Already in the page's language. */
  readonly caption: ReactNode;
  /** For a chart's table, whose figure shows the same caption: read out, not shown twice. */
  readonly captionHidden?: boolean;
  /** Added to `utrecht-table`. */
  readonly className: string;
  readonly head: readonly Text[];
  readonly rows: readonly (readonly Cell[])[];
  /** The first cell of each row names the row (`<th scope="row">`). */
  readonly rowHeaders?: boolean;
  readonly tr: Translator;
}

export function DataTable({
  caption,
  captionHidden = false,
  className,
  head,
  rows,
  rowHeaders = false,
  tr,
}: DataTableProps) {
  return (
    <table className={`utrecht-table ${className}`}>
      <caption className={captionHidden ? 'pm-visually-hidden' : 'utrecht-table__caption'}>{caption}</caption>
      <thead className="utrecht-table__header">
        <tr className="utrecht-table__row">
          {head.map((h, i) => (
            <th key={i} scope="col" className="utrecht-table__header-cell">
              {tr.text(h)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="utrecht-table__body">
        {rows.map((row, r) => (
          <tr key={r} className="utrecht-table__row">
            {/* dir="auto": cells may hold user text in Arabic script (names, free answers). */}
            {row.map((cell, c) =>
              rowHeaders && c === 0 ? (
                <th key={c} scope="row" className="utrecht-table__header-cell" dir="auto">
                  {tr.cell(cell)}
                </th>
              ) : (
                // A cell of the report's own words is marked, so a scrolling table can keep its
                // words whole; typed answers may break anywhere (a hostile long word, issue 16).
                <td
                  key={c}
                  className={`utrecht-table__cell${cell.kind === 'text' ? ' pm-report__cell--words' : ''}`}
                  dir="auto"
                >
                  {tr.cell(cell)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
