import { useId } from 'react';
import type { Block } from '../../report/blocks';
import { chartSvg } from '../../report/charts/chart-svg';
import type { Translator } from '../resolve-text';
import { svgToReact } from './svg-to-react';

type ChartBlock = Extract<Block, { kind: 'chart' }>;

/** A chart with its caption; the same numbers as a table for screen readers and for anyone who
 *  prefers to read them (WCAG 1.1.1). */
export function ChartFigure({ block, tr }: { block: ChartBlock; tr: Translator }) {
  const captionId = useId();
  const svg = chartSvg(block.chart, (t) => tr.text(t));
  return (
    <figure className="pm-report__figure" aria-labelledby={captionId}>
      <div className="pm-report__chart" role="img" aria-labelledby={captionId}>
        <svg
          viewBox={String(svg.attrs.viewBox)}
          width="100%"
          // Drawn in PDF points; on screen a little larger, to match the body text size.
          style={{ maxWidth: `${Number(svg.attrs.width) * 1.25}px` }}
          aria-hidden="true"
          focusable="false"
        >
          {(svg.children ?? []).map((child, i) => svgToReact(child, i))}
        </svg>
      </div>
      <figcaption id={captionId} className="utrecht-paragraph pm-report__caption">
        {tr.text(block.caption)}
      </figcaption>
      <table className="utrecht-table pm-report__table">
        <caption className="pm-visually-hidden">{tr.text(block.caption)}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {block.table.head.map((h, i) => (
              <th key={i} scope="col" className="utrecht-table__header-cell">
                {tr.text(h)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {block.table.rows.map((row, r) => (
            <tr key={r} className="utrecht-table__row">
              {row.map((cell, c) =>
                c === 0 ? (
                  <th key={c} scope="row" className="utrecht-table__header-cell">
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
    </figure>
  );
}
