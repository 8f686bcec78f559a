// The task list (GOV.UK pattern): every section with its status, any one can be opened; the
// progress line counts only the questions that apply.
import { useTranslation } from 'react-i18next';
import { sessionProgress } from '../../answers/progress';
import { sectionTitle } from '../../i18n/keys';
import { useAnswers } from '../answers-store';
import { AnswersFilePanel } from '../io/AnswersFilePanel';
import { AutosaveStatus } from '../io/AutosaveStatus';
import { StartAgainButton } from '../io/StartAgainButton';
import { routeHref } from '../routing';
import { usePageTitle } from '../use-page-title';
import type { MessageKey } from '../../i18n/message-key';

export function OverviewPage() {
  const { t } = useTranslation();
  const { answers } = useAnswers();
  const title = t('ui.questionnaire.overview.title');
  usePageTitle(title);
  const progress = sessionProgress(answers);

  return (
    <div className="pm-questionnaire-page">
      <h1 className="utrecht-heading-1" tabIndex={-1}>
        {title}
      </h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead">{t('ui.questionnaire.overview.intro')}</p>
      <p className="utrecht-paragraph pm-progress" id="pm-progress-text">
        <strong>
          {t('ui.questionnaire.overview.progress', {
            answered: progress.answered,
            total: progress.applicable,
          })}
        </strong>
      </p>
      <div className="pm-progress__bar" aria-hidden="true">
        <div
          className="pm-progress__fill"
          style={{ inlineSize: `${(100 * progress.answered) / Math.max(progress.applicable, 1)}%` }}
        />
      </div>
      <AutosaveStatus />
      <h2 className="utrecht-heading-2">{t('ui.questionnaire.overview.partsHeading')}</h2>
      <ol className="pm-task-list">
        {progress.sections.map((s) => (
          <li key={s.sectionId} className="pm-task-list__item">
            <a
              className="utrecht-link pm-task-list__link"
              href={routeHref({ name: 'section', section: s.sectionId })}
              aria-describedby={`status-${s.sectionId}`}
            >
              {t(sectionTitle(s.sectionId))}
            </a>
            <span id={`status-${s.sectionId}`} className="pm-task-list__status">
              <span className={`pm-tag pm-tag--${s.status}`}>
                {t(`ui.questionnaire.overview.status.${s.status}` satisfies MessageKey)}
              </span>{' '}
              <span className="pm-task-list__count">
                {t('ui.questionnaire.overview.sectionCount', { answered: s.answered, total: s.applicable })}
              </span>
            </span>
          </li>
        ))}
      </ol>
      <p className="utrecht-paragraph pm-hint">{t('ui.questionnaire.overview.statusNote')}</p>
      <h2 className="utrecht-heading-2">{t('ui.questionnaire.overview.checkHeading')}</h2>
      <p className="pm-actions">
        <a
          className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
          href={routeHref({ name: 'check' })}
        >
          {t('ui.questionnaire.overview.checkLink')}
        </a>
      </p>
      <AnswersFilePanel />
      <StartAgainButton />
    </div>
  );
}
