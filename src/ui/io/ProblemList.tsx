import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../answers/parse';
import type { Answers } from '../../catalogue/answers';
import { problemText } from './problem-text';

interface ProblemListProps {
  fileName: string;
  problems: readonly Problem[];
  /** Only for the wording of side-dependent question labels. */
  answers: Answers;
}

/** A refused file: every problem, announced (role="alert") and focused, with the reassurance that
 *  nothing changed (contract §1: the answers already in the app stay untouched). */
export function ProblemList({ fileName, problems, answers }: ProblemListProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [problems]);
  return (
    <div
      ref={ref}
      role="alert"
      aria-labelledby={titleId}
      tabIndex={-1}
      className="utrecht-alert utrecht-alert--error pm-problems"
    >
      <h3 id={titleId} className="utrecht-heading-3">
        {t('ui.io.problems.title', { count: problems.length })}
      </h3>
      <p className="utrecht-paragraph">{t('ui.io.problems.file', { fileName })}</p>
      <ul className="utrecht-unordered-list">
        {problems.map((p, i) => (
          <li key={i} className="utrecht-unordered-list__item" dir="auto">
            {problemText(t, p, answers)}
          </li>
        ))}
      </ul>
      <p className="utrecht-paragraph">{t('ui.io.problems.unchanged')}</p>
    </div>
  );
}
