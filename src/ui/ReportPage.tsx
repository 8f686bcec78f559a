import { useTranslation } from 'react-i18next';
import { usePageTitle } from './use-page-title';

// Placeholder until its issue lands.
export function ReportPage() {
  const { t } = useTranslation();
  usePageTitle(t('ui.app.nav.report'));
  return (
    <h1 className="utrecht-heading-1" tabIndex={-1}>
      {t('ui.app.nav.report')}
    </h1>
  );
}
