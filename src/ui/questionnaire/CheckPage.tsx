// "Check your answers" (GOV.UK pattern): every applicable question by section, its answer and a
// "Change" link back to it; then the way to the report.
import { useTranslation } from 'react-i18next';
import { SECTIONS, getQuestion, questionsOf } from '../../catalogue/catalogue';
import { resolveApplicability } from '../../catalogue/conditions';
import type { QuestionDef } from '../../catalogue/types';
import { sectionTitle } from '../../i18n/keys';
import { sessionProgress } from '../../answers/progress';
import { useAnswers } from '../answers-store';
import { StartAgainButton } from '../io/StartAgainButton';
import { routeHref } from '../routing';
import { usePageTitle } from '../use-page-title';
import { AnswerText } from './AnswerText';
import { labelText, useSide } from './question-text';

export function CheckPage() {
  const { t } = useTranslation();
  const { answers } = useAnswers();
  const side = useSide();
  const title = t('ui.questionnaire.check.title');
  usePageTitle(title);
  const applicability = resolveApplicability(answers);
  const applicable = new Set<string>(applicability.applicable);
  const labelOf = (q: QuestionDef) => labelText(t, q, side);
  const missing = sessionProgress(answers, applicability).sections.flatMap((s) =>
    s.requiredMissing.map((id) => ({ id, section: s.sectionId })),
  );

  return (
    <div className="pm-questionnaire-page">
      <h1 className="utrecht-heading-1" tabIndex={-1}>
        {title}
      </h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead">{t('ui.questionnaire.check.intro')}</p>
      {missing.length > 0 && (
        <div className="utrecht-alert utrecht-alert--warning pm-notice">
          <h2 className="utrecht-heading-2">{t('ui.questionnaire.check.missingHeading')}</h2>
          <p className="utrecht-paragraph">
            {t('ui.questionnaire.check.missingIntro', { count: missing.length })}
          </p>
          <ul className="utrecht-unordered-list">
            {missing.map(({ id, section }) => (
              <li key={id} className="utrecht-unordered-list__item">
                <a
                  className="utrecht-link"
                  href={routeHref({ name: 'section', section, focus: id, returnTo: 'check' })}
                >
                  {labelOf(getQuestion(id))}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {SECTIONS.map((section) => (
        <section key={section.id} className="pm-check-section" aria-labelledby={`check-${section.id}`}>
          <h2 id={`check-${section.id}`} className="utrecht-heading-2">
            {t(sectionTitle(section.id))}
          </h2>
          <dl className="pm-summary-list">
            {questionsOf(section.id)
              .filter((q) => applicable.has(q.id))
              .map((q) => {
                const value = answers[q.id];
                return (
                  <div key={q.id} className="pm-summary-list__row">
                    <dt className="pm-summary-list__key">{labelOf(q)}</dt>
                    <dd className="pm-summary-list__value">
                      {value === undefined ? (
                        <span className="pm-not-answered">{t('ui.questionnaire.check.notAnswered')}</span>
                      ) : (
                        <AnswerText id={q.id} value={value} side={side} />
                      )}
                    </dd>
                    <dd className="pm-summary-list__actions">
                      <a
                        className="utrecht-link"
                        href={routeHref({
                          name: 'section',
                          section: section.id,
                          focus: q.id,
                          returnTo: 'check',
                        })}
                      >
                        {t('ui.questionnaire.check.change')}{' '}
                        <span className="pm-visually-hidden">
                          {t('ui.questionnaire.check.changeHidden', { question: labelOf(q) })}
                        </span>
                      </a>
                    </dd>
                  </div>
                );
              })}
          </dl>
        </section>
      ))}
      <p className="pm-actions">
        <a
          className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
          href={routeHref({ name: 'report' })}
        >
          {t('ui.questionnaire.check.toReport')}
        </a>
      </p>
      <StartAgainButton />
    </div>
  );
}
