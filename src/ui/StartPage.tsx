import { useTranslation } from 'react-i18next';
import { useAnswers } from './answers-store';
import { ExampleTeaser } from './example/ExampleTeaser';
import { AnswersFilePanel } from './io/AnswersFilePanel';
import { AutosaveStatus } from './io/AutosaveStatus';
import { StartAgainButton } from './io/StartAgainButton';
import { routeHref } from './routing';
import { usePageTitle } from './use-page-title';

export function StartPage() {
  const { t } = useTranslation();
  usePageTitle(t('ui.app.nav.start'));
  const answered = Object.keys(useAnswers().answers).length;
  return (
    <>
      <h1 className="utrecht-heading-1" tabIndex={-1}>
        {t('ui.start.title')}
      </h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead">{t('ui.start.intro')}</p>
      <p className="utrecht-paragraph">{t('ui.start.forWhom')}</p>
      <p className="utrecht-paragraph">{t('ui.start.duration')}</p>
      <p className="utrecht-paragraph">{t('ui.start.result')}</p>
      <div className="utrecht-alert utrecht-alert--info pm-privacy" role="note">
        <p className="utrecht-paragraph">{t('ui.start.privacy')}</p>
      </div>
      <p className="pm-actions">
        <a
          className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
          href={routeHref({ name: 'overview' })}
        >
          {t('ui.start.startButton')}
        </a>
        <a
          className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
          href={routeHref({ name: 'workshop' })}
        >
          {t('ui.start.workshopButton')}
        </a>
      </p>
      <ExampleTeaser />
      {answered > 0 && (
        <section className="pm-continue" aria-labelledby="pm-continue-title">
          <h2 id="pm-continue-title" className="utrecht-heading-2">
            {t('ui.io.continue.title')}
          </h2>
          <p className="utrecht-paragraph">{t('ui.io.continue.saved', { count: answered })}</p>
          <p className="pm-actions">
            <a
              className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
              href={routeHref({ name: 'overview' })}
            >
              {t('ui.start.continueButton')}
            </a>
          </p>
        </section>
      )}
      <StartAgainButton />
      <AutosaveStatus />
      <AnswersFilePanel />
    </>
  );
}
