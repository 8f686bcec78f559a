import { useTranslation } from 'react-i18next';
import { routeHref } from './routing';
import { usePageTitle } from './use-page-title';

export function StartPage() {
  const { t } = useTranslation();
  usePageTitle(t('ui.app.nav.start'));
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
        <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href={routeHref({ name: 'overview' })}>
          {t('ui.start.startButton')}
        </a>
        <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href={routeHref({ name: 'workshop' })}>
          {t('ui.start.workshopButton')}
        </a>
      </p>
    </>
  );
}
