// "Compare with an earlier assessment" (issue 15, item 1): opens a second answers file through the
// same parser as any import (migrations included). A refused file or one about another partnership
// is explained and changes nothing; the earlier file is only read, never stored.
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswersFile, Problem } from '../../answers/parse';
import { compareFiles, differentPartnershipParams } from '../../assessment/compare';
import { useAnswers } from '../answers-store';
import { FileDropZone } from '../io/FileDropZone';
import { ProblemList } from '../io/ProblemList';
import { readAnswersFile } from '../workshop/read-files';
import type { MessageKey } from '../../i18n/message-key';

export interface Earlier {
  readonly fileName: string;
  readonly file: AnswersFile;
}

interface ComparePanelProps {
  readonly now: AnswersFile;
  readonly earlier: Earlier | null;
  readonly onEarlier: (earlier: Earlier | null) => void;
}

type Refusal = { fileName: string; problems: readonly Problem[] } | { fileName: string; message: string };

export function ComparePanel({ now, earlier, onEarlier }: ComparePanelProps) {
  const { t } = useTranslation();
  const { answers } = useAnswers();
  const titleId = useId();
  const openButton = useRef<HTMLButtonElement>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [status, setStatus] = useState('');

  const open = async (chosen: File) => {
    setRefusal(null);
    setStatus('');
    const parsed = await readAnswersFile(chosen);
    if (!parsed.ok) return setRefusal({ fileName: chosen.name, problems: parsed.problems });
    const compared = compareFiles(now, parsed.file);
    if (!compared.ok)
      return setRefusal({
        fileName: chosen.name,
        message: t(
          `errors.compare.${compared.code}` satisfies MessageKey,
          differentPartnershipParams(compared.pair),
        ),
      });
    onEarlier({ fileName: chosen.name, file: parsed.file });
  };

  const stop = () => {
    onEarlier(null);
    setStatus(t('ui.compare.stopped'));
    openButton.current?.focus();
  };

  return (
    <section className="pm-compare pm-no-print" aria-labelledby={titleId}>
      <h2 id={titleId} className="utrecht-heading-2">
        {t('ui.compare.title')}
      </h2>
      <p className="utrecht-paragraph">{t('ui.compare.intro')}</p>
      {earlier !== null && (
        <div className="utrecht-alert utrecht-alert--info" role="status">
          <p className="utrecht-paragraph" dir="auto">
            {t('ui.compare.active', { date: earlier.file.savedAt.slice(0, 10), fileName: earlier.fileName })}
          </p>
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={stop}>
            {t('ui.compare.stop')}
          </button>
        </div>
      )}
      <FileDropZone
        keys="ui.compare.open"
        className="pm-drop-zone"
        appearance="secondary-action"
        buttonRef={openButton}
        onFiles={([chosen]) => {
          if (chosen !== undefined) void open(chosen);
        }}
      />
      {refusal !== null &&
        ('problems' in refusal ? (
          <ProblemList fileName={refusal.fileName} problems={refusal.problems} answers={answers} />
        ) : (
          <div role="alert" className="utrecht-alert utrecht-alert--error pm-problems">
            <h3 className="utrecht-heading-3">{t('ui.compare.refusedTitle')}</h3>
            <p className="utrecht-paragraph" dir="auto">
              {refusal.message}
            </p>
          </div>
        ))}
      <p className="utrecht-paragraph" role="status">
        {status}
      </p>
    </section>
  );
}
