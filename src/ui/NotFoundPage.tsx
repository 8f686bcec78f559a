import { useTranslation } from 'react-i18next';
import { routeHref } from './routing';
import { usePageTitle } from './use-page-title';

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('ui.app.notFound.title'));
  return (
    <>
      <h1 className="utrecht-heading-1" tabIndex={-1}>
        {t('ui.app.notFound.title')}
      </h1>
      <p className="utrecht-paragraph">{t('ui.app.notFound.body')}</p>
      <p className="utrecht-paragraph">
        <a className="utrecht-link" href={routeHref({ name: 'start' })}>
          {t('ui.app.notFound.home')}
        </a>
      </p>
    </>
  );
}
