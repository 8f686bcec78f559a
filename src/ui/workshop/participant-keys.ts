// Locale keys for a participant's side and role in the participants list. The role's short name is
// the group report's own (roleName), so the list and the report call a role the same.
import type { AnswerValue } from '../../catalogue/answers';
import type { Side } from '../../catalogue/ids';
import { roleName } from '../../report/group/build-sides';

export function sideKey(side: Side | undefined): string {
  if (side === 'destination') return 'ui.workshop.sides.destination';
  if (side === 'source') return 'ui.workshop.sides.source';
  return 'ui.workshop.sides.none';
}

export function roleKey(role: AnswerValue | undefined): string {
  return roleName(typeof role === 'string' ? role : null).key;
}
