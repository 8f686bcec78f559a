import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswersFile, Problem } from '../../answers/parse';
import { isEmptyState, stateOfFile } from '../../io/autosave';
import { useAnswers } from '../answers-store';
import { readAnswersFile } from '../workshop/read-files';
import { ConfirmBox } from './ConfirmBox';
import { FileDropZone } from './FileDropZone';
import { ProblemList } from './ProblemList';
import './io.css';
import { useSaveAnswersFile } from './use-save-answers-file';

type Pending = { fileName: string; file: AnswersFile };
type Refused = { fileName: string; problems: readonly Problem[] };

const countAnswers = (answers: object) => Object.keys(answers).length;

/** Save the answers as a file, or open one (picker or drag and drop). A refused file changes
 *  nothing; a good one replaces non-empty answers only after the user agrees (issue 4, part 4). */
export function AnswersFilePanel() {
  const { t } = useTranslation();
  const store = useAnswers();
  const saveFile = useSaveAnswersFile();
  const openButton = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const [refused, setRefused] = useState<Refused | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [status, setStatus] = useState('');
  const current = countAnswers(store.answers);
  // One test of "nothing to lose" for the app: autosave's (answers, label and action plan).
  const empty = isEmptyState(store);

  const apply = (file: AnswersFile) => {
    store.replaceAll(stateOfFile(file));
    setPending(null);
    setStatus(t('ui.io.open.done', { count: countAnswers(file.answers) }));
  };

  const open = async (chosen: File) => {
    setRefused(null);
    setPending(null);
    setStatus('');
    // Read, checked and parsed off the page's thread (issue 16, defect 11); too big to be ours is
    // said from the size, without reading the file into memory.
    const result = await readAnswersFile(chosen);
    if (!result.ok) setRefused({ fileName: chosen.name, problems: result.problems });
    else if (!empty) setPending({ fileName: chosen.name, file: result.file });
    else apply(result.file);
  };

  const cancel = () => {
    setPending(null);
    setStatus(t('ui.io.replace.cancelled'));
    openButton.current?.focus();
  };

  return (
    <section className="pm-answers-file" aria-labelledby={titleId}>
      <h2 id={titleId} className="utrecht-heading-2">
        {t('ui.io.panel.title')}
      </h2>
      <p className="utrecht-paragraph">{t('ui.io.panel.intro')}</p>
      <div className="pm-actions">
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() =>
            // An empty answers file would be of no use and only confuse later (issue 17): say why.
            setStatus(empty ? t('ui.io.save.nothing') : t('ui.io.save.done', { fileName: saveFile() }))
          }
        >
          {t('ui.io.save.button')}
        </button>
      </div>
      <FileDropZone
        keys="ui.io.open"
        className="pm-drop-zone"
        appearance="secondary-action"
        buttonRef={openButton}
        onFiles={([chosen]) => {
          if (chosen !== undefined) void open(chosen);
        }}
      />
      {pending !== null && (
        <ConfirmBox
          title={t('ui.io.replace.title')}
          body={t('ui.io.replace.body', {
            count: current,
            fileName: pending.fileName,
            fileCount: countAnswers(pending.file.answers),
          })}
        >
          <button
            type="button"
            className="utrecht-button utrecht-button--primary-action"
            onClick={() => apply(pending.file)}
          >
            {t('ui.io.replace.confirm')}
          </button>
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={cancel}>
            {t('ui.io.replace.cancel')}
          </button>
        </ConfirmBox>
      )}
      {refused !== null && (
        <ProblemList fileName={refused.fileName} problems={refused.problems} answers={store.answers} />
      )}
      <p className="utrecht-paragraph" role="status">
        {status}
      </p>
    </section>
  );
}
