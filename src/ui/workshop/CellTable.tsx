// A table of report cells (the group report's own rows), in the page's language.
import type { Cell, Text } from '../../report/blocks';
import type { Translator } from '../../render/resolve-text';

interface CellTableProps {
  caption: string;
  head: readonly Text[];
  rows: readonly (readonly Cell[])[];
  tr: Translator;
}

export function CellTable({ caption, head, rows, tr }: CellTableProps) {
  return (
    <table className="utrecht-table pm-workshop__table">
      <caption className="utrecht-table__caption">{caption}</caption>
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
            {row.map((cell, c) =>
              c === 0 ? (
                <th key={c} scope="row" className="utrecht-table__header-cell" dir="auto">
                  {tr.cell(cell)}
                </th>
              ) : (
                <td key={c} className="utrecht-table__cell">
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
