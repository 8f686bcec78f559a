import { useId } from 'react';
import type { Block } from '../../report/blocks';
import { chartSvg } from '../../report/charts/chart-svg';
import type { Translator } from '../resolve-text';
import { DataTable } from './DataTable';
import { svgToReact } from './svg-to-react';

type ChartBlock = Extract<Block, { kind: 'chart' }>;

/** A chart with its caption; the same numbers as a table for screen readers and for anyone who
 *  prefers to read them (WCAG 1.1.1). */
export function ChartFigure({ block, tr }: { block: ChartBlock; tr: Translator }) {
  const captionId = useId();
  const svg = chartSvg(block.chart, (t) => tr.text(t));
  return (
    <figure className="pm-report__figure" aria-labelledby={captionId}>
      {/* First child: HTML allows a figcaption only first or last, and the table comes last. */}
      <figcaption id={captionId} className="utrecht-paragraph pm-report__caption">
        {tr.text(block.caption)}
      </figcaption>
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
      <DataTable
        caption={tr.text(block.caption)}
        captionHidden
        className="pm-report__table"
        head={block.table.head}
        rows={block.table.rows}
        rowHeaders
        tr={tr}
      />
    </figure>
  );
}
