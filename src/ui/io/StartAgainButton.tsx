import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnswers, type AnswersState } from '../answers-store';
import { isEmptyState } from '../../io/autosave';
import { ConfirmBox } from './ConfirmBox';
import './io.css';
import { useSaveAnswersFile } from './use-save-answers-file';

/** How long "Undo" stays after deleting (GOV.UK / NL Design System: a destructive action can be
 *  undone for a short while). The copy lives in memory only: a reload ends it. */
export const UNDO_MS = 60_000;

type Phase = 'idle' | 'asking' | 'deleted' | 'restored';

/** Deletes every answer after asking. The answers file is offered first (the most likely wish),
 *  deleting is the secondary, red-outlined choice, and for one minute "Undo" brings the answers
 *  back. Shown on the start page and on the questionnaire's overview and check pages. */
export function StartAgainButton() {
  const { t } = useTranslation();
  const store = useAnswers();
  const { answers, respondentLabel, clear, replaceAll } = store;
  const saveFile = useSaveAnswersFile();
  const button = useRef<HTMLButtonElement>(null);
  const message = useRef<HTMLDivElement>(null);
  const [phase, setPhase] = useState<Phase>('idle');
  const [saved, setSaved] = useState('');
  const [deleted, setDeleted] = useState<AnswersState | null>(null);
  const empty = isEmptyState(store);

  // The undo copy is dropped after a minute; the message that the answers are gone stays.
  useEffect(() => {
    if (deleted === null) return;
    const timer = setTimeout(() => setDeleted(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [deleted]);

  const focusMessage = () => requestAnimationFrame(() => message.current?.focus());

  const cancel = () => {
    setPhase('idle');
    setSaved('');
    button.current?.focus();
  };

  const confirm = () => {
    // Everything the store holds, so Undo brings back the action plan too.
    setDeleted({
      answers,
      respondentLabel,
      plan: store.plan,
      madeWithCatalogue: store.madeWithCatalogue,
    });
    clear();
    setPhase('deleted');
    setSaved('');
    // The button goes away with the answers: the message is the next thing to read.
    focusMessage();
  };

  const undo = () => {
    if (deleted !== null) replaceAll(deleted);
    setDeleted(null);
    setPhase('restored');
    focusMessage();
  };

  return (
    <div className="pm-start-again">
      {!empty && (
        <button
          ref={button}
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          aria-expanded={phase === 'asking'}
          onClick={() => setPhase('asking')}
        >
          {t('ui.io.startAgain.button')}
        </button>
      )}
      {phase === 'asking' && !empty && (
        <ConfirmBox title={t('ui.io.startAgain.title')} body={t('ui.io.startAgain.body')}>
          <button
            type="button"
            className="utrecht-button utrecht-button--primary-action"
            onClick={() => setSaved(t('ui.io.save.done', { fileName: saveFile() }))}
          >
            {t('ui.io.startAgain.saveFirst')}
          </button>
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action pm-danger"
            onClick={confirm}
          >
            {t('ui.io.startAgain.confirm')}
          </button>
          <button type="button" className="utrecht-button utrecht-button--subtle" onClick={cancel}>
            {t('ui.io.startAgain.cancel')}
          </button>
          <p className="utrecht-paragraph pm-confirm__status" role="status">
            {saved}
          </p>
        </ConfirmBox>
      )}
      <div ref={message} className="pm-start-again__message" role="status" tabIndex={-1}>
        {phase === 'deleted' && (
          <p className="utrecht-paragraph">
            {t(deleted !== null ? 'ui.io.startAgain.doneUndo' : 'ui.io.startAgain.done')}
          </p>
        )}
        {phase === 'restored' && <p className="utrecht-paragraph">{t('ui.io.startAgain.restored')}</p>}
      </div>
      {phase === 'deleted' && deleted !== null && (
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={undo}>
          {t('ui.io.startAgain.undo')}
        </button>
      )}
    </div>
  );
}
