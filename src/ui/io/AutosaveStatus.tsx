import { useTranslation } from 'react-i18next';
import { useAutosaveState, type AutosaveState } from './autosave-state';

/** The one message that matters most now: a failure beats a success. */
function messageKey({ load, save }: AutosaveState): { key: string; warning: boolean } {
  if (save === 'failed') return { key: 'errors.storage.saveFailed', warning: true };
  if (save === 'held') return { key: 'errors.storage.held', warning: true };
  if (save === 'paused') return { key: 'errors.storage.paused', warning: true };
  if (save === 'synced') return { key: 'ui.io.autosave.synced', warning: false };
  if (save === 'saved') return { key: 'ui.io.autosave.saved', warning: false };
  if (save === 'cleared') return { key: 'ui.io.autosave.cleared', warning: false };
  if (load === 'corrupt') return { key: 'errors.storage.corrupt', warning: true };
  if (load === 'unavailable') return { key: 'errors.storage.unavailable', warning: true };
  if (load === 'restored') return { key: 'ui.io.autosave.restored', warning: false };
  return { key: 'ui.io.autosave.idle', warning: false };
}

/** A polite live region that is always present, so a change of status is announced. */
export function AutosaveStatus() {
  const { t } = useTranslation();
  const { key, warning } = messageKey(useAutosaveState());
  return (
    <div
      className={`pm-autosave-status${warning ? ' utrecht-alert utrecht-alert--warning' : ''}`}
      role="status"
      aria-label={t('ui.io.autosave.label')}
    >
      <p className="utrecht-paragraph">{t(key)}</p>
    </div>
  );
}
