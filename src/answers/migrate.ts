// Old files are lifted to the current versions, one step at a time (style.md §9): a file saved
// years ago by an older app still opens. Two version numbers, two ladders:
// - formatVersion (the file's shape, contract §1): no older version exists yet; a step goes in
//   MIGRATIONS as `[n, fromVersionNToNPlusOne]`, with an old-format fixture in test/fixtures/answers/.
// - catalogueVersion (the list of questions, content-model-v2 §1): catalogue "1" only lacks two
//   questions, so its step only stamps the version and never changes an answer.
import { CATALOGUE_VERSION, type QuestionId } from '../catalogue/catalogue';
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

/** Catalogue versions this app can lift to CATALOGUE_VERSION, each with its step. Every id and
 *  option of catalogue "1" is still valid in "2" (content-model-v2 §1), so the answers pass as
 *  they are; the file is then validated against the current catalogue. */
export const CATALOGUE_MIGRATIONS: ReadonlyMap<string, MigrationStep> = new Map<string, MigrationStep>([
  ['1', (file) => ({ ...file })],
]);

/** The questions each older catalogue did not have (content-model-v2 §1): the report says they
 *  were added after the file was made while none of them is answered. */
export const ADDED_SINCE: ReadonlyMap<string, readonly QuestionId[]> = new Map([
  ['1', ['obj_partner_objectives', 'obj_projects_text'] as const],
]);

export type CatalogueMigrationResult =
  | {
      ok: true;
      file: Record<string, unknown>;
      /** The version the file was made with, when it was older than CATALOGUE_VERSION. */
      migratedFrom?: string;
    }
  | { ok: false; problem: Problem };

// content-model-v2 §1: a catalogue version is a string of digits ("0" and "01" are not versions
// this app ever wrote, so they are unknown rather than old).
const CATALOGUE_VERSION_PATTERN = /^(0|[1-9][0-9]*)$/;

/** A version from the file, shown in a message: cut short, so a hostile file cannot flood it. */
function shown(v: unknown): string {
  const s = typeof v === 'string' ? v : (JSON.stringify(v) ?? 'undefined');
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

/** Reads the file's catalogueVersion: the current one as is, an older known one through its step,
 *  a newer one refused naming both versions, anything else refused as unknown. */
export function migrateCatalogue(
  file: Readonly<Record<string, unknown>>,
  version: unknown,
  steps: ReadonlyMap<string, MigrationStep> = CATALOGUE_MIGRATIONS,
): CatalogueMigrationResult {
  if (version === CATALOGUE_VERSION) return { ok: true, file: { ...file } };
  if (typeof version === 'string' && CATALOGUE_VERSION_PATTERN.test(version)) {
    // BigInt: a version of forty digits is still "newer", not a rounding accident.
    if (BigInt(version) > BigInt(CATALOGUE_VERSION))
      return {
        ok: false,
        problem: {
          code: 'newer_catalogue_version',
          params: { version: shown(version), current: CATALOGUE_VERSION },
        },
      };
    const step = steps.get(version);
    if (step !== undefined)
      return {
        ok: true,
        file: { ...step(file), catalogueVersion: CATALOGUE_VERSION },
        migratedFrom: version,
      };
  }
  return {
    ok: false,
    problem: { code: 'unknown_catalogue_version', params: { version: shown(version) } },
  };
}
