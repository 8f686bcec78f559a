// The group broken down by role (issue 14, item 1): who is in the room shapes what it sees, so the
// facilitator can compare, say, elected officials with civil-society participants. Same rule as a
// side score (§8.3): the mean of the role's non-null scores, null when 2·n < files of that role.
import { optionsOf } from './options';
import { DIMENSION_IDS } from '../catalogue/ids';
import type { FileFacts } from './facts';
import type { GroupResult } from './schema';
import { meanOrNull } from './scores';

const ROLE_OPTIONS: readonly string[] = optionsOf('profile_role');

export function roleOf(f: FileFacts): string | null {
  const role = f.visible.get('profile_role');
  return typeof role === 'string' ? role : null;
}

/** One row per role that has files, in catalogue order, "role not given" last. */
export function summariseRoles(files: readonly FileFacts[]): GroupResult['roles'] {
  return [...ROLE_OPTIONS, null].flatMap((role) => {
    const own = files.filter((f) => roleOf(f) === role);
    if (own.length === 0) return [];
    return [
      {
        role,
        files: own.length,
        dimensions: DIMENSION_IDS.map((id) => {
          const scores = own.flatMap((f) => {
            const s = f.participant.assessment.dimensions.find((d) => d.id === id)?.score ?? null;
            return s === null ? [] : [s];
          });
          return { id, score: meanOrNull(scores, own.length) };
        }),
      },
    ];
  });
}
