import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Names the page in the document title (WCAG 2.4.2); the title follows the language. */
export function usePageTitle(page: string): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('ui.app.documentTitle', { page });
  }, [t, page]);
}
