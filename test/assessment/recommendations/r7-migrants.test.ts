// content-model §7.2, R7 (ch. 10, rec. 7): applicability, and one case that triggers each action
// point and one that does not.
import { describe, expect, it } from 'vitest';
import { assessWith, recommendation } from '../helpers';
import { actionPointTests } from './cases';

describe('R7: involve migrants and migrant organisations', () => {
  it('is low with no action when nothing points to it', () => {
    expect(recommendation(assessWith(), 'R7')).toMatchObject({ priority: 'low', actions: [] });
  });

  it('is not applicable when there is no diaspora link and no migrants take part', () => {
    const r7 = recommendation(
      assessWith({ tl_diaspora_link: 'none', tl_migrants_involved: 'none', tl_public_informed: 1 }),
      'R7',
    );
    expect(r7).toMatchObject({ priority: 'not_applicable', evidence: null, actions: [], triggers: [] });
  });

  it.each([
    [{ tl_diaspora_link: 'none' }],
    [{ tl_migrants_involved: 'none' }],
    [{ tl_diaspora_link: 'dont_know', tl_migrants_involved: 'none' }],
    [{ tl_diaspora_link: 'none', tl_migrants_involved: undefined }],
    [{ tl_diaspora_link: undefined, tl_migrants_involved: undefined }],
  ])('stays applicable for %j', (overrides) => {
    expect(recommendation(assessWith(overrides), 'R7').priority).not.toBe('not_applicable');
  });

  actionPointTests('R7', 'R7_inform_public', [
    {
      name: 'the public is not informed',
      overrides: { tl_public_informed: 2 },
      triggers: ['tl_public_informed'],
    },
    { name: 'the public is informed (3)', overrides: { tl_public_informed: 3 } },
  ]);

  actionPointTests('R7', 'R7_involve_more_migrants', [
    {
      name: 'only a few staff take part',
      overrides: { tl_migrants_involved: 'few_staff' },
      triggers: ['tl_migrants_involved'],
    },
    {
      name: 'no migrants take part (while a link exists)',
      overrides: { tl_migrants_involved: 'none' },
      triggers: ['tl_migrants_involved'],
    },
    {
      name: 'no migrant organisations take part on either side',
      overrides: {
        act_actor_types_own: ['municipal_departments', 'knowledge_institutions'],
        act_actor_types_partner: ['schools'],
      },
      triggers: ['act_actor_types_own', 'act_actor_types_partner'],
    },
    {
      name: 'migrant organisations take part on the partner side only',
      overrides: { act_actor_types_own: ['municipal_departments', 'knowledge_institutions'] },
    },
    {
      name: 'the partner list is unanswered (excludes is false when absent)',
      overrides: {
        act_actor_types_own: ['municipal_departments', 'knowledge_institutions'],
        act_actor_types_partner: undefined,
      },
    },
  ]);

  actionPointTests('R7', 'R7_draw_on_knowledge_networks', [
    { name: 'networks are hardly used', overrides: { tl_networks_used: 2 }, triggers: ['tl_networks_used'] },
    {
      name: 'migrants are neither intermediaries nor experts',
      overrides: { tl_migrant_roles: ['interpreter'] },
      triggers: ['tl_migrant_roles'],
    },
    { name: 'migrants act as experts', overrides: { tl_migrant_roles: ['interpreter', 'expert'] } },
    {
      name: 'the role and network questions are hidden because no migrants take part',
      overrides: { tl_migrants_involved: 'none', tl_networks_used: 1, tl_migrant_roles: ['volunteer'] },
    },
  ]);
});
