import { useTranslation } from 'react-i18next';

/** For projectors in workshops: scales the whole page (issue 6, item 8). */
export function LargeTextToggle({ on, onToggle }: { on: boolean; onToggle(on: boolean): void }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="utrecht-button utrecht-button--subtle pm-large-text-toggle"
      aria-pressed={on}
      onClick={() => onToggle(!on)}
    >
      {t('ui.app.largeText.label')}
    </button>
  );
}
