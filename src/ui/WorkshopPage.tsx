// The facilitator's workshop (issue 8): open many participants' answers files, see who is in the
// set and which files were left out, then the group view and the group report. Everything stays
// in this browser: files are read locally and nothing is sent anywhere.
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { aggregateGroup } from '../group/aggregate';
import { addFiles, EMPTY_INTAKE, participantOf, removeFile, type Intake } from '../group/intake';
import { FileDropZone } from './io/FileDropZone';
import { usePageTitle } from './use-page-title';
import { GoodFiles } from './workshop/GoodFiles';
import { GroupView } from './workshop/GroupView';
import { readFiles } from './workshop/read-files';
import { RefusedFiles } from './workshop/RefusedFiles';
import './workshop/workshop.css';

export function WorkshopPage() {
  const { t } = useTranslation();
  usePageTitle(t('ui.workshop.title'));
  const [intake, setIntakeState] = useState<Intake>(EMPTY_INTAKE);
  // The latest set, so two quick opens in a row both count (reading files is asynchronous).
  const latest = useRef(intake);
  const setIntake = (next: Intake) => {
    latest.current = next;
    setIntakeState(next);
  };
  const [status, setStatus] = useState('');

  const open = async (files: File[]) => {
    const inputs = await readFiles(files);
    const current = latest.current;
    const next = addFiles(current, inputs);
    setIntake(next);
    setStatus(
      t('ui.workshop.open.done', {
        count: inputs.length,
        good: next.good.length - current.good.length,
        bad: next.bad.length - current.bad.length,
        same: next.duplicates.length - current.duplicates.length,
      }),
    );
  };

  const group = useMemo(
    () => (intake.good.length >= 2 ? aggregateGroup(intake.good.map(participantOf)) : null),
    [intake.good],
  );

  return (
    <div className="pm-workshop">
      <h1 className="utrecht-heading-1" tabIndex={-1}>
        {t('ui.workshop.title')}
      </h1>
      <p className="utrecht-paragraph">{t('ui.workshop.intro')}</p>
      <p className="utrecht-paragraph">{t('ui.workshop.privacy')}</p>

      <section aria-labelledby="pm-workshop-files">
        <h2 id="pm-workshop-files" className="utrecht-heading-2">
          {t('ui.workshop.files.title')}
        </h2>
        <FileDropZone
          keys="ui.workshop.open"
          className="pm-workshop__drop"
          appearance="primary-action"
          multiple
          onFiles={(files) => void open(files)}
        />
        <p className="utrecht-paragraph" role="status">
          {status}
        </p>
        <GoodFiles files={intake.good} onRemove={(hash) => setIntake(removeFile(latest.current, hash))} />
        <RefusedFiles bad={intake.bad} duplicates={intake.duplicates} />
      </section>

      {group === null ? (
        <p className="utrecht-paragraph">{t('ui.workshop.needTwo')}</p>
      ) : (
        <GroupView group={group} />
      )}
    </div>
  );
}
