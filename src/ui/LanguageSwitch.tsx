import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../catalogue/ids';
import { useLanguage } from './use-language';
import type { MessageKey } from '../i18n/message-key';

/** Always visible. Switching keeps every answer and the current page: only the text changes. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  return (
    <nav className="pm-language-switch" aria-label={t('ui.app.languageSwitch.label')}>
      <ul>
        {LANGUAGES.map((lng) => (
          <li key={lng}>
            <button
              type="button"
              className="utrecht-button utrecht-button--subtle"
              lang={lng}
              aria-pressed={language === lng}
              onClick={() => setLanguage(lng)}
            >
              {t(`ui.app.languageSwitch.${lng}` satisfies MessageKey)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
