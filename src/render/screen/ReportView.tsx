// ReportDocument → React (style.md §6): one exhaustive switch, ending in assertNever. The page's
// <h1> is the cover title; parts are <h2>, and headings below follow in order.
import { Fragment, type CSSProperties, type ReactNode } from 'react';
import {
  assertNever,
  type ActionItem,
  type AnswerItem,
  type Block,
  type ReportDocument,
  type Text,
} from '../../report/blocks';
import { colourProperties } from '../../report/theme';
import type { Translator } from '../resolve-text';
import { ChartFigure } from './ChartFigure';
import { DataTable } from './DataTable';

function Answers({ items, tr }: { items: readonly AnswerItem[]; tr: Translator }) {
  return (
    <dl className="pm-report__answers">
      {items.map((item) => (
        <div key={item.question} className="pm-report__answer">
          <dt>{tr.text(item.label)}</dt>
          <dd dir="auto">{tr.answer(item.parts)}</dd>
        </div>
      ))}
    </dl>
  );
}

function TextList({ items, tr }: { items: readonly Text[]; tr: Translator }) {
  return (
    <ul className="utrecht-unordered-list">
      {items.map((item, i) => (
        <li key={i} className="utrecht-unordered-list__item">
          {tr.text(item)}
        </li>
      ))}
    </ul>
  );
}

/** Action points, each with its own "because" in smaller type (the evidence is smaller than the
 *  action point). */
function Actions({ items, tr }: { items: readonly ActionItem[]; tr: Translator }) {
  return (
    <ul className="utrecht-unordered-list">
      {items.map((item, i) => {
        const evidence = item.note !== undefined ? [item.note] : (item.because ?? []);
        return (
          <li key={i} className="utrecht-unordered-list__item">
            {tr.text(item.text)}
            {evidence.map((line, k) => (
              <span key={k} className="pm-report__evidence" dir="auto">
                {tr.text(line)}
              </span>
            ))}
          </li>
        );
      })}
    </ul>
  );
}

/** Heading levels: the report's own (cover h1, parts h2 …), or one lower where the report sits
 *  inside a page that has its own h1 (the workshop). */
const LEVELS = { normal: [1, 2, 3, 4, 5], demoted: [2, 3, 4, 5, 6] } as const;
type Level = 1 | 2 | 3 | 4 | 5 | 6;

function Heading({
  level,
  children,
  ...rest
}: {
  level: Level;
  children: ReactNode;
  id?: string;
  className?: string;
  tabIndex?: number;
}) {
  const Tag = `h${level}` as const;
  return (
    <Tag
      {...rest}
      className={`utrecht-heading-${level}${rest.className === undefined ? '' : ` ${rest.className}`}`}
    >
      {children}
    </Tag>
  );
}

function ScreenBlock({
  block,
  tr,
  levels,
}: {
  block: Block;
  tr: Translator;
  levels: readonly Level[];
}): ReactNode {
  const [l1 = 1, l2 = 2, l3 = 3, l4 = 4] = levels;
  switch (block.kind) {
    case 'cover':
      return (
        <header className="pm-report__cover">
          <Heading level={l1} tabIndex={-1}>
            {tr.text(block.title)}
          </Heading>
          {block.lines.map((line, i) => (
            <p key={i} className="utrecht-paragraph" dir="auto">
              {tr.text(line)}
            </p>
          ))}
        </header>
      );
    case 'section':
      return (
        <Heading level={l2} className="pm-report__part" id={`report-${block.id}`}>
          {tr.text(block.title)}
        </Heading>
      );
    case 'heading':
      return <Heading level={block.level === 2 ? l3 : l4}>{tr.text(block.text)}</Heading>;
    case 'paragraph':
      return (
        <p className="utrecht-paragraph" dir="auto">
          {block.strong === true ? <strong>{tr.text(block.text)}</strong> : tr.text(block.text)}
        </p>
      );
    case 'list':
      return <TextList items={block.items} tr={tr} />;
    case 'table': {
      const caption = tr.text(block.caption);
      // Three columns or more do not fit a phone: such a table keeps a readable width and scrolls
      // in its box rather than squeezing a column to a letter a line. Its caption is shown above
      // the box, so it does not scroll out of sight (the table keeps it for assistive technology).
      const wide = block.head.length > 2;
      const showCaption = wide && block.captionInHead !== true;
      // A wide table scrolls inside its box, with shadows at the edges as the visible cue; the
      // box is focusable so keyboard users can scroll it (WCAG 2.1.1; axe scrollable-region-focusable).
      return (
        <>
          {showCaption && (
            <p className="utrecht-paragraph pm-report__table-caption" aria-hidden="true">
              {caption}
            </p>
          )}
          {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must take focus */}
          <div className="pm-report__table-wrap" role="region" aria-label={caption} tabIndex={0}>
            <DataTable
              caption={caption}
              captionHidden={block.captionInHead === true || showCaption}
              className={wide ? 'pm-report__table pm-report__table--wide' : 'pm-report__table'}
              head={block.head}
              rows={block.rows}
              tr={tr}
            />
          </div>
        </>
      );
    }
    case 'chart':
      return <ChartFigure block={block} tr={tr} />;
    case 'answers':
      return <Answers items={block.items} tr={tr} />;
    case 'actionPoint':
      return (
        <div className="pm-report__step">
          <p className="utrecht-paragraph pm-report__step-action">
            <span className="pm-report__step-number">{block.number}.</span> {tr.text(block.text)}
          </p>
          <p className="utrecht-paragraph pm-report__evidence">{tr.text(block.recommendation)}</p>
          {block.because !== undefined && (
            <p className="utrecht-paragraph pm-report__evidence" dir="auto">
              {tr.text(block.because)}
            </p>
          )}
        </div>
      );
    case 'recommendation':
      return (
        <section className="pm-report__recommendation" aria-labelledby={`rec-${block.id}`}>
          <Heading level={l3} id={`rec-${block.id}`}>
            {tr.text(block.title)}
          </Heading>
          <p className="utrecht-paragraph pm-report__source">
            <strong>{tr.text(block.priority)}</strong> · {tr.text(block.source)}
          </p>
          <p className="utrecht-paragraph">{tr.text(block.summary)}</p>
          {block.because.length > 0 && (
            <>
              <Heading level={l4}>{tr.text(block.becauseTitle)}</Heading>
              <Answers items={block.because} tr={tr} />
            </>
          )}
          <Heading level={l4}>{tr.text(block.actionsTitle)}</Heading>
          {block.actions.length === 0 ? (
            <p className="utrecht-paragraph">{tr.text(block.noActions)}</p>
          ) : (
            <Actions items={block.actions} tr={tr} />
          )}
        </section>
      );
    default:
      return assertNever(block);
  }
}

export interface ReportViewProps {
  doc: ReportDocument;
  tr: Translator;
  /** Page controls shown right under the cover (the PDF download), so nobody scrolls for them. */
  afterCover?: ReactNode;
  /** Every heading one level lower: for a report inside a page with its own h1 (the workshop). */
  demoted?: boolean;
  /** Added to the article, e.g. for the projector's sizes. */
  className?: string;
}

export function ReportView({ doc, tr, afterCover, demoted = false, className }: ReportViewProps) {
  const levels = demoted ? LEVELS.demoted : LEVELS.normal;
  // The theme's colours as custom properties, so report.css uses the PDF's and the charts' colours.
  const style = colourProperties() as CSSProperties;
  return (
    <article
      className={className === undefined ? 'pm-report' : `pm-report ${className}`}
      lang={tr.language}
      style={style}
    >
      {[...doc.blocks, ...(doc.closing?.single ?? [])].map((block, i) => (
        <Fragment key={i}>
          <ScreenBlock block={block} tr={tr} levels={levels} />
          {block.kind === 'cover' && afterCover}
        </Fragment>
      ))}
    </article>
  );
}
