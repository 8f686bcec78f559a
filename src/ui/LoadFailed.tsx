import { Button } from '@utrecht/button-react';
import { useTranslation } from 'react-i18next';

/** Shown instead of "Loading…" when code or texts could not be fetched (offline on a first visit,
 *  a server update mid-session): says so, and offers to try again rather than wait forever. */
export function LoadFailed({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="pm-load-failed">
      <p className="utrecht-paragraph">{t('ui.app.loadFailed.message')}</p>
      <p className="utrecht-button-group">
        <Button appearance="secondary-action-button" onClick={onRetry}>
          {t('ui.app.loadFailed.retry')}
        </Button>
      </p>
    </div>
  );
}
