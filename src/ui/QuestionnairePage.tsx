import { useTranslation } from 'react-i18next';
import { usePageTitle } from './use-page-title';

// Placeholder until its issue lands.
export function QuestionnairePage() {
  const { t } = useTranslation();
  usePageTitle(t('ui.app.nav.questionnaire'));
  return (
    <h1 className="utrecht-heading-1" tabIndex={-1}>
      {t('ui.app.nav.questionnaire')}
    </h1>
  );
}
