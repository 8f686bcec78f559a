// Old formatVersions are lifted to the current one, one step at a time (style.md §9): a file saved
// years ago by an older app still opens. No older version exists yet; a step goes in MIGRATIONS as
// `[n, fromVersionNToNPlusOne]`, with an old-format fixture in test/fixtures/answers/.
import type { Problem } from './problem';

export const CURRENT_FORMAT_VERSION = 1;

/** Rewrites a raw file of version n into version n + 1. Pure: returns a new object. */
export type MigrationStep = (file: Readonly<Record<string, unknown>>) => Record<string, unknown>;

export const MIGRATIONS: ReadonlyMap<number, MigrationStep> = new Map<number, MigrationStep>([
  // [0, fromV0], — none yet: version 1 is the first published format.
]);

export type MigrationResult = { ok: true; file: Record<string, unknown> } | { ok: false; problem: Problem };

/** Applies every step from `version` up to CURRENT_FORMAT_VERSION. A missing step is a refusal
 *  with a problem (the file claims a version this app never knew), not a bug. */
export function migrate(
  file: Readonly<Record<string, unknown>>,
  version: number,
  steps: ReadonlyMap<number, MigrationStep> = MIGRATIONS,
): MigrationResult {
  let current: Record<string, unknown> = { ...file };
  for (let v = version; v < CURRENT_FORMAT_VERSION; v++) {
    const step = steps.get(v);
    if (step === undefined) return { ok: false, problem: { code: 'no_migration', params: { version } } };
    current = { ...step(current), formatVersion: v + 1 };
  }
  return { ok: true, file: current };
}
