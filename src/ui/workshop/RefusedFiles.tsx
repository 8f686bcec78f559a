// Files left out: each with every problem, in the user's language (errors.answersFile.<code>),
// and files that repeat one already in the set (counted once).
import { useTranslation } from 'react-i18next';
import type { BadFile, DuplicateFile } from '../../group/intake';
import { problemText } from '../io/problem-text';

export function RefusedFiles({
  bad,
  duplicates,
}: {
  bad: readonly BadFile[];
  duplicates: readonly DuplicateFile[];
}) {
  const { t } = useTranslation();
  return (
    <>
      {bad.length > 0 && (
        <section className="pm-workshop__refused" aria-labelledby="pm-workshop-refused">
          <h3 id="pm-workshop-refused" className="utrecht-heading-3">
            {t('ui.workshop.refused.title', { count: bad.length })}
          </h3>
          <p className="utrecht-paragraph">{t('ui.workshop.refused.intro')}</p>
          <ul className="utrecht-unordered-list">
            {bad.map((b, i) => (
              <li key={`${b.name}-${i}`} className="utrecht-unordered-list__item">
                <span dir="auto">{b.name}</span>
                <ul className="utrecht-unordered-list">
                  {b.problems.map((p, j) => (
                    <li key={j} className="utrecht-unordered-list__item" dir="auto">
                      {problemText(t, p, {})}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      )}
      {duplicates.length > 0 && (
        <section className="pm-workshop__duplicates" aria-labelledby="pm-workshop-duplicates">
          <h3 id="pm-workshop-duplicates" className="utrecht-heading-3">
            {t('ui.workshop.duplicates.title', { count: duplicates.length })}
          </h3>
          <ul className="utrecht-unordered-list">
            {duplicates.map((d, i) => (
              <li key={`${d.name}-${i}`} className="utrecht-unordered-list__item" dir="auto">
                {t('ui.workshop.duplicates.item', { name: d.name, sameAs: d.sameAs })}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
