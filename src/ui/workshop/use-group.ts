// The group of the files in the set (issue 16: no freeze while opening 1,000 files): worked out
// in the intake worker and shown when it arrives, as a transition, so the page renders it in
// slices. Without workers (jsdom) it is worked out here, at once, as before.
import { useEffect, useMemo, useState } from 'react';
import { aggregateGroup } from '../../group/aggregate';
import { participantOf, type GoodFile } from '../../group/intake';
import type { GroupResult } from '../../group/schema';
import { inSlices } from './in-slices';
import { groupOf } from './read-files';

/** Fewer files make no group (content-model §8). */
export const GROUP_MIN_FILES = 2;

const canUseWorker = () => typeof Worker !== 'undefined';

export function useGroup(good: readonly GoodFile[], includePairs: readonly string[]): GroupResult | null {
  const enough = good.length >= GROUP_MIN_FILES;
  const onPage = useMemo(
    () => (enough && !canUseWorker() ? aggregateGroup(good.map(participantOf), { includePairs }) : null),
    [enough, good, includePairs],
  );
  const [fromWorker, setFromWorker] = useState<GroupResult | null>(null);
  useEffect(() => {
    if (!canUseWorker()) return;
    if (!enough) {
      setFromWorker(null);
      return;
    }
    let current = true;
    void groupOf(good, { includePairs }).then((group) => {
      if (current) inSlices(() => setFromWorker(group));
    });
    return () => {
      current = false;
    };
  }, [enough, good, includePairs]);
  if (!enough) return null;
  return onPage ?? fromWorker;
}
