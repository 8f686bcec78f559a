import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnswers } from '../answers-store';
import { ConfirmBox } from './ConfirmBox';
import { useSaveAnswersFile } from './use-save-answers-file';

/** Deletes every answer after asking, and offers to save them as a file first: once the
 *  autosaved copy is gone, that file is the only way back. */
export function StartAgainButton() {
  const { t } = useTranslation();
  const { clear } = useAnswers();
  const saveFile = useSaveAnswersFile();
  const button = useRef<HTMLButtonElement>(null);
  const [asking, setAsking] = useState(false);
  const [status, setStatus] = useState('');

  const close = (message: string) => {
    setAsking(false);
    setStatus(message);
    button.current?.focus();
  };

  return (
    <div className="pm-start-again">
      <button
        ref={button}
        type="button"
        className="utrecht-button utrecht-button--secondary-action"
        aria-expanded={asking}
        onClick={() => {
          setStatus('');
          setAsking(true);
        }}
      >
        {t('ui.io.startAgain.button')}
      </button>
      {asking && (
        <ConfirmBox title={t('ui.io.startAgain.title')} body={t('ui.io.startAgain.body')}>
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => setStatus(t('ui.io.save.done', { fileName: saveFile() }))}
          >
            {t('ui.io.startAgain.saveFirst')}
          </button>
          <button
            type="button"
            className="utrecht-button utrecht-button--primary-action"
            onClick={() => {
              clear();
              close(t('ui.io.startAgain.done'));
            }}
          >
            {t('ui.io.startAgain.confirm')}
          </button>
          <button type="button" className="utrecht-button utrecht-button--subtle" onClick={() => close('')}>
            {t('ui.io.startAgain.cancel')}
          </button>
        </ConfirmBox>
      )}
      <p className="utrecht-paragraph" role="status">
        {status}
      </p>
    </div>
  );
}
