import { useId, type CSSProperties } from 'react';
import type { Block, Text } from '../../report/blocks';
import { chartSvg, hasNarrowLayout } from '../../report/charts/chart-svg';
import type { ChartLayout, SvgNode } from '../../report/charts/svg-node';
import type { Translator } from '../resolve-text';
import { DataTable } from './DataTable';
import { svgToReact } from './svg-to-react';

type ChartBlock = Extract<Block, { kind: 'chart' }>;

function ChartSvg({ svg, layout }: { svg: SvgNode; layout: ChartLayout }) {
  return (
    <svg
      className={`pm-report__svg pm-report__svg--${layout}`}
      viewBox={String(svg.attrs.viewBox)}
      width="100%"
      // The stylesheet sizes the chart from its drawn width (report.css, .pm-report__svg).
      style={{ '--pm-chart-width': Number(svg.attrs.width) } as CSSProperties}
      aria-hidden="true"
      focusable="false"
    >
      {(svg.children ?? []).map((child, i) => svgToReact(child, i))}
    </svg>
  );
}

/** A chart with its caption; the same numbers as a table for screen readers and for anyone who
 *  prefers to read them (WCAG 1.1.1). A chart with a narrow layout is drawn twice and the
 *  stylesheet shows the one that fits the column (a container query): no script measures the
 *  page, so nothing moves once it is drawn, and labels stay at least 12 px on a phone. */
export function ChartFigure({ block, tr }: { block: ChartBlock; tr: Translator }) {
  const captionId = useId();
  const resolve = (t: Text) => tr.text(t);
  const narrow = hasNarrowLayout(block.chart);
  return (
    <figure className="pm-report__figure" aria-labelledby={captionId}>
      {/* First child: HTML allows a figcaption only first or last, and the table comes last. */}
      <figcaption id={captionId} className="utrecht-paragraph pm-report__caption">
        {tr.text(block.caption)}
      </figcaption>
      <div
        className={`pm-report__chart${narrow ? ' pm-report__chart--two-layouts' : ''}`}
        role="img"
        aria-labelledby={captionId}
      >
        <ChartSvg svg={chartSvg(block.chart, resolve)} layout="print" />
        {narrow && <ChartSvg svg={chartSvg(block.chart, resolve, 'narrow')} layout="narrow" />}
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
