import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnswers } from '../answers-store';
import { ConfirmBox } from './ConfirmBox';
import { useSaveAnswersFile } from './use-save-answers-file';

/** Deletes every answer after asking, and offers to save them as a file first: once the
 *  autosaved copy is gone, that file is the only way back. With nothing to delete, only the last
 *  message stays (the button would do nothing). */
export function StartAgainButton() {
  const { t } = useTranslation();
  const { answers, respondentLabel, clear } = useAnswers();
  const saveFile = useSaveAnswersFile();
  const button = useRef<HTMLButtonElement>(null);
  const message = useRef<HTMLParagraphElement>(null);
  const [asking, setAsking] = useState(false);
  const [status, setStatus] = useState('');
  const empty = Object.keys(answers).length === 0 && respondentLabel === '';

  const cancel = () => {
    setAsking(false);
    setStatus('');
    button.current?.focus();
  };

  const confirm = () => {
    clear();
    setAsking(false);
    setStatus(t('ui.io.startAgain.done'));
    // The button goes away with the answers: the message is the next thing to read.
    requestAnimationFrame(() => message.current?.focus());
  };

  return (
    <div className="pm-start-again">
      {!empty && (
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
      )}
      {asking && (
        <ConfirmBox title={t('ui.io.startAgain.title')} body={t('ui.io.startAgain.body')}>
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => setStatus(t('ui.io.save.done', { fileName: saveFile() }))}
          >
            {t('ui.io.startAgain.saveFirst')}
          </button>
          <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={confirm}>
            {t('ui.io.startAgain.confirm')}
          </button>
          <button type="button" className="utrecht-button utrecht-button--subtle" onClick={cancel}>
            {t('ui.io.startAgain.cancel')}
          </button>
        </ConfirmBox>
      )}
      <p ref={message} className="utrecht-paragraph" role="status" tabIndex={-1}>
        {status}
      </p>
    </div>
  );
}
