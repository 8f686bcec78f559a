// ReportDocument → React (style.md §6): one exhaustive switch, ending in assertNever. The page's
// <h1> is the cover title; parts are <h2>, and headings below follow in order.
import { Fragment, type ReactNode } from 'react';
import {
  assertNever,
  type AnswerItem,
  type Block,
  type ReportDocument,
  type Text,
} from '../../report/blocks';
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
    case 'table':
      return (
        <div className="pm-report__table-wrap">
          <DataTable
            caption={tr.text(block.caption)}
            className="pm-report__table"
            head={block.head}
            rows={block.rows}
            tr={tr}
          />
        </div>
      );
    case 'chart':
      return <ChartFigure block={block} tr={tr} />;
    case 'answers':
      return <Answers items={block.items} tr={tr} />;
    case 'recommendation':
      return (
        <section className="pm-report__recommendation" aria-labelledby={`rec-${block.id}`}>
          <Heading level={l3} id={`rec-${block.id}`}>
            {tr.text(block.title)}
          </Heading>
          <p className="utrecht-paragraph">
            <strong>{tr.text(block.priority)}</strong>
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
            <TextList items={block.actions} tr={tr} />
          )}
          <p className="utrecht-paragraph pm-report__source">{tr.text(block.source)}</p>
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
  return (
    <article className={className === undefined ? 'pm-report' : `pm-report ${className}`} lang={tr.language}>
      {doc.blocks.map((block, i) => (
        <Fragment key={i}>
          <ScreenBlock block={block} tr={tr} levels={levels} />
          {block.kind === 'cover' && afterCover}
        </Fragment>
      ))}
    </article>
  );
}
