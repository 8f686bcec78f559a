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

function ScreenBlock({ block, tr }: { block: Block; tr: Translator }): ReactNode {
  switch (block.kind) {
    case 'cover':
      return (
        <header className="pm-report__cover">
          <h1 className="utrecht-heading-1" tabIndex={-1}>
            {tr.text(block.title)}
          </h1>
          {block.lines.map((line, i) => (
            <p key={i} className="utrecht-paragraph" dir="auto">
              {tr.text(line)}
            </p>
          ))}
        </header>
      );
    case 'section':
      return (
        <h2 className="utrecht-heading-2 pm-report__part" id={`report-${block.id}`}>
          {tr.text(block.title)}
        </h2>
      );
    case 'heading':
      return block.level === 2 ? (
        <h3 className="utrecht-heading-3">{tr.text(block.text)}</h3>
      ) : (
        <h4 className="utrecht-heading-4">{tr.text(block.text)}</h4>
      );
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
          <h3 className="utrecht-heading-3" id={`rec-${block.id}`}>
            {tr.text(block.title)}
          </h3>
          <p className="utrecht-paragraph">
            <strong>{tr.text(block.priority)}</strong>
          </p>
          <p className="utrecht-paragraph">{tr.text(block.summary)}</p>
          {block.because.length > 0 && (
            <>
              <h4 className="utrecht-heading-4">{tr.text(block.becauseTitle)}</h4>
              <Answers items={block.because} tr={tr} />
            </>
          )}
          <h4 className="utrecht-heading-4">{tr.text(block.actionsTitle)}</h4>
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
}

export function ReportView({ doc, tr, afterCover }: ReportViewProps) {
  return (
    <article className="pm-report" lang={tr.language}>
      {doc.blocks.map((block, i) => (
        <Fragment key={i}>
          <ScreenBlock block={block} tr={tr} />
          {block.kind === 'cover' && afterCover}
        </Fragment>
      ))}
    </article>
  );
}
