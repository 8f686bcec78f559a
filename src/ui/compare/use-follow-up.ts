// What the report page adds to the advice report (issue 15): the comparison with the earlier file,
// when one is open, and the plan from the answers store. One object, so the screen and the PDF
// download show the same thing.
import { useMemo } from 'react';
import type { AnswersFile } from '../../answers/file-schema';
import { compareFiles } from '../../assessment/compare';
import type { FollowUp } from '../../report/with-follow-up';
import type { Earlier } from './ComparePanel';
import { useNowFile } from './use-now-file';

export function useFollowUp(date: string, earlier: Earlier | null): { now: AnswersFile; followUp: FollowUp } {
  const now = useNowFile(date);
  const followUp = useMemo((): FollowUp => {
    const plan = now.plan ?? [];
    if (earlier === null) return { plan };
    // The panel refused other partnerships already; a refusal here (answers changed since) just
    // leaves the comparison out.
    const result = compareFiles(now, earlier.file);
    return result.ok ? { comparison: result.comparison, plan } : { plan };
  }, [now, earlier]);
  return { now, followUp };
}
