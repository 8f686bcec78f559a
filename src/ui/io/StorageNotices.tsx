import { Button } from '@utrecht/button-react';
import { useTranslation } from 'react-i18next';
import { ConfirmBox } from './ConfirmBox';
import { useStorageNotices } from './autosave-state';

/** What the autosave needs the user to decide, on every page (issue 16): download stored answers
 *  that could not be read, and choose between this tab's answers and another tab's. */
export function StorageNotices() {
  const { t } = useTranslation();
  const notices = useStorageNotices();
  if (notices === null) return null;
  const { unreadable, otherTabChanged } = notices;
  return (
    <>
      {otherTabChanged && (
        <ConfirmBox title={t('ui.io.storage.otherTab.title')} body={t('ui.io.storage.otherTab.body')}>
          <Button appearance="primary-action-button" onClick={notices.showOtherTab}>
            {t('ui.io.storage.otherTab.show')}
          </Button>
          <Button appearance="secondary-action-button" onClick={notices.keepThisTab}>
            {t('ui.io.storage.otherTab.keep')}
          </Button>
        </ConfirmBox>
      )}
      {unreadable !== null && (
        <section className="utrecht-alert utrecht-alert--warning" aria-labelledby="pm-unreadable-title">
          <h2 id="pm-unreadable-title" className="utrecht-heading-3">
            {t('ui.io.storage.unreadable.title')}
          </h2>
          <p className="utrecht-paragraph">
            {t(unreadable.keptCopy ? 'ui.io.storage.unreadable.kept' : 'ui.io.storage.unreadable.held')}
          </p>
          <Button appearance="secondary-action-button" onClick={notices.downloadUnreadable}>
            {t('ui.io.storage.unreadable.download')}
          </Button>
        </section>
      )}
    </>
  );
}
