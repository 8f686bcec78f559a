// GOV.UK error summary: at the top of the page, takes focus after a failed "Next", and links to
// each field's first input. The links are real hrefs (the question's route with ?focus=), but a
// click moves focus directly, so the page does not re-render.
import { useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SectionId } from '../../catalogue/ids';
import type { QuestionDef } from '../../catalogue/types';
import { routeHref } from '../routing';
import { firstInputId } from './form-values';
import { summaryText } from './question-text';

export interface SummaryItem {
  readonly q: QuestionDef;
  readonly label: string;
  readonly code: string;
}

function focusField(event: MouseEvent<HTMLAnchorElement>, q: QuestionDef) {
  event.preventDefault();
  const input = document.getElementById(firstInputId(q));
  // Scroll the question's label or legend into view too, not only the input (as GOV.UK does).
  // (Optional call: jsdom has no scrollIntoView.)
  input?.closest('.pm-question')?.scrollIntoView?.({ block: 'start' });
  input?.focus({ preventScroll: true });
}

/** `focusKey` changes with every failed attempt, so the summary takes focus each time. */
export function ErrorSummary({
  section,
  items,
  focusKey,
}: {
  section: SectionId;
  items: readonly SummaryItem[];
  focusKey: number;
}) {
  const { t, i18n } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusKey > 0) ref.current?.focus();
  }, [focusKey]);
  if (items.length === 0) return null;
  return (
    <div ref={ref} className="pm-error-summary" tabIndex={-1}>
      <div role="alert">
        <h2 className="utrecht-heading-2 pm-error-summary__title">
          {t('ui.questionnaire.errorSummary.title')}
        </h2>
        <ul className="utrecht-unordered-list pm-error-summary__list">
          {items.map(({ q, label, code }) => (
            <li key={q.id} className="utrecht-unordered-list__item">
              <a
                className="utrecht-link"
                href={routeHref({ name: 'section', section, focus: q.id })}
                onClick={(event) => focusField(event, q)}
              >
                {summaryText(i18n, q, label, code)}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
