// The facilitator's workshop (issues 8, 14): open many participants' answers files, see who is in
// the set, which files were left out and which partnership the group is about, then the group
// report, the projector and the downloads. Everything stays in this browser: files are read
// locally, kept only in this tab (sessionStorage) and nothing is sent anywhere.
import { Button } from '@utrecht/button-react';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileDropZone } from './io/FileDropZone';
import { usePageTitle } from './use-page-title';
import { GoodFiles } from './workshop/GoodFiles';
import { GroupView } from './workshop/GroupView';
import { RefusedFiles } from './workshop/RefusedFiles';
import { GROUP_MIN_FILES, useGroup } from './workshop/use-group';
import { useWorkshopFiles } from './workshop/use-workshop-files';
import './workshop/workshop.css';

export function WorkshopPage() {
  const { t } = useTranslation();
  usePageTitle(t('ui.workshop.title'));
  const files = useWorkshopFiles();
  const { intake } = files;
  const [status, setStatus] = useState('');
  // Until something else is said: how many kept files came back after a reload.
  const shownStatus =
    status === '' && files.restored > 0 ? t('ui.workshop.kept.restored', { count: files.restored }) : status;
  const [includePairs, setIncludePairs] = useState<readonly string[]>([]);
  const [showNames, setShowNames] = useState(false);
  const filesHeading = useRef<HTMLHeadingElement>(null);
  const focusFilesHeading = useCallback(() => filesHeading.current?.focus(), []);

  const open = async (chosen: File[]) => {
    const r = await files.open(chosen);
    // Two whole sentences: what this open did, and how many are in the set now.
    const done = t('ui.workshop.open.done', { ...r });
    setStatus(`${done} ${t('ui.workshop.files.inSet', { count: files.latestCount() })}`);
  };

  // Worked out off the page (issue 16): shown when it arrives.
  const group = useGroup(intake.good, includePairs);

  return (
    <div className="pm-workshop">
      <h1 className="utrecht-heading-1" tabIndex={-1}>
        {t('ui.workshop.title')}
      </h1>
      <p className="utrecht-paragraph">{t('ui.workshop.intro')}</p>
      <p className="utrecht-paragraph">{t('ui.workshop.privacy')}</p>

      <section aria-labelledby="pm-workshop-files">
        <h2 id="pm-workshop-files" ref={filesHeading} tabIndex={-1} className="utrecht-heading-2">
          {t('ui.workshop.files.title')}
        </h2>
        <FileDropZone
          keys="ui.workshop.open"
          className="pm-workshop__drop"
          appearance="primary-action"
          multiple
          onFiles={(chosen) => void open(chosen)}
        />
        <p className="utrecht-paragraph" role="status">
          {shownStatus}
        </p>
        <GoodFiles
          files={intake.good}
          focusWhenEmpty={focusFilesHeading}
          onRemove={(f) => {
            files.remove(f.hash);
            setStatus(
              t('ui.workshop.files.removed', {
                file: f.name,
                count: intake.good.length - 1,
              }),
            );
          }}
        />
        <RefusedFiles bad={intake.bad} duplicates={intake.duplicates} />
        <div className="pm-workshop__kept">
          <p className="utrecht-paragraph">
            {t(files.kept ? 'ui.workshop.kept.note' : 'ui.workshop.kept.notKept')}
          </p>
          {intake.good.length + intake.bad.length > 0 && (
            <Button
              appearance="secondary-action-button"
              onClick={() => {
                files.forget();
                setIncludePairs([]);
                setStatus(t('ui.workshop.kept.forgotten'));
                focusFilesHeading();
              }}
            >
              {t('ui.workshop.kept.forget')}
            </Button>
          )}
        </div>
      </section>

      {intake.good.length < GROUP_MIN_FILES ? (
        <p className="utrecht-paragraph">{t('ui.workshop.needTwo')}</p>
      ) : group === null ? null : (
        <GroupView
          group={group}
          showNames={showNames}
          onShowNames={setShowNames}
          includePairs={includePairs}
          onIncludePair={(key, include) =>
            setIncludePairs((keys) => (include ? [...keys, key] : keys.filter((k) => k !== key)))
          }
        />
      )}
    </div>
  );
}
