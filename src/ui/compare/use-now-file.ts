// The answers on this device as an answers file, as it would be saved now: what the comparison
// compares with the earlier file (the same shape a saved file has, plan included).
import { useMemo } from 'react';
import type { AnswersFile } from '../../answers/file-schema';
import { toAnswersFile } from '../../answers/serialise';
import { useAnswers } from '../answers-store';
import { useLanguage } from '../use-language';

export function useNowFile(date: string): AnswersFile {
  const { answers, respondentLabel, plan } = useAnswers();
  const { language } = useLanguage();
  return useMemo(
    () => toAnswersFile({ answers, respondentLabel, plan, language, savedAt: new Date(`${date}T12:00:00Z`) }),
    [answers, respondentLabel, plan, language, date],
  );
}
