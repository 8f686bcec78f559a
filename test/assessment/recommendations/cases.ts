// Shared runner for the per-recommendation tests: each action point gets cases that trigger it
// (with the trigger questions §4.2 says it must name) and cases that do not. The base answers of
// test/fixtures/answers.ts trigger nothing, so each case moves exactly the rule under test.
import { expect, it } from 'vitest';
import type { RecommendationId } from '../../../src/catalogue/ids';
import type { AnswerOverrides } from '../../fixtures/answers';
import { actionIds, assessWith, recommendation } from '../helpers';

export interface ActionCase {
  readonly name: string;
  readonly overrides: AnswerOverrides;
  /** The action's triggers; omitted for a case that must not trigger it. */
  readonly triggers?: readonly string[];
}

export function actionPointTests(rec: RecommendationId, action: string, cases: readonly ActionCase[]): void {
  for (const c of cases) {
    if (c.triggers !== undefined) {
      const triggers = c.triggers;
      it(`${action} fires when ${c.name}`, () => {
        const r = recommendation(assessWith(c.overrides), rec);
        expect(r.actions.find((a) => a.id === action)).toEqual({ id: action, triggers });
      });
    } else {
      it(`${action} does not fire when ${c.name}`, () => {
        expect(actionIds(assessWith(c.overrides), rec)).not.toContain(action);
      });
    }
  }
}
