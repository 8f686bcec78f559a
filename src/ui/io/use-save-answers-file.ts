import { answersFileName, serialiseAnswersFile } from '../../answers/serialise';
import { downloadTextFile } from '../../io/download';
import { useAnswers } from '../answers-store';
import { useLanguage } from '../use-language';

/** Downloads the current answers as an answers file; returns the file name for the status line. */
export function useSaveAnswersFile(): () => string {
  const { answers, respondentLabel, plan } = useAnswers();
  const { language } = useLanguage();
  return () => {
    const now = new Date();
    const fileName = answersFileName(answers, now);
    downloadTextFile(
      fileName,
      serialiseAnswersFile({ answers, respondentLabel, plan, language, savedAt: now }),
    );
    return fileName;
  };
}
