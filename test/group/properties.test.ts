// Property tests (issue 8): the group of one is the individual assessment, and the order of the
// files does not matter. Files come from the seeded generator, so a failure names its seed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assessment/assess';
import { aggregateGroup } from '../../src/group/aggregate';
import { generateAnswerFiles } from '../fixtures/generate-answers';
import { participant } from './helpers';

const seed = fc.integer({ min: 1, max: 2 ** 31 - 1 });

describe('group properties', () => {
  it('gives the individual assessment for a group of one', () => {
    fc.assert(
      fc.property(seed, (s) => {
        const [file] = generateAnswerFiles(1, s);
        if (file === undefined) throw new Error('no file');
        const a = assess(file.answers);
        const g = aggregateGroup([participant('only', file.answers)]);
        expect(g.dimensions.map((d) => [d.id, d.score])).toEqual(a.dimensions.map((d) => [d.id, d.score]));
        expect(g.indicators.map((d) => [d.id, d.score])).toEqual(a.indicators.map((d) => [d.id, d.score]));
        expect(g.dimensions.map((d) => d.coverage)).toEqual(a.dimensions.map((d) => d.coverage));
        expect(g.indicators.map((d) => d.coverage)).toEqual(a.indicators.map((d) => d.coverage));
        expect(g.networkModel.id).toBe(a.networkModel.id);
        expect(
          g.recommendations.map((r) => ({
            id: r.id,
            priority: r.priority,
            evidence: r.evidence,
            triggers: r.triggers,
            actions: r.actions.map((x) => ({ id: x.id, triggers: x.triggers })),
          })),
        ).toEqual(
          a.recommendations.map(({ id, priority, evidence, triggers, actions }) => ({
            id,
            priority,
            evidence,
            triggers,
            actions,
          })),
        );
      }),
      { numRuns: 60 },
    );
  });

  it('does not depend on the order of the files', () => {
    fc.assert(
      fc.property(
        seed,
        fc
          .integer({ min: 2, max: 14 })
          .chain((n) =>
            fc.tuple(
              fc.constant(n),
              fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }),
            ),
          ),
        (s, [n, order]) => {
          const people = generateAnswerFiles(n, s, { pairs: 2 }).map((f, i) =>
            participant(`p${i}`, f.answers, f.respondent?.label),
          );
          const shuffled = order.map((i) => people[i]).filter((p) => p !== undefined);
          // Only the pair's spelling and a tie between two pairs depend on which file comes first
          // (v2 §5); with every pair included, nothing else may.
          const strip = (g: ReturnType<typeof aggregateGroup>) => ({
            ...g,
            pairs: g.pairs.map((p) => p.files),
          });
          const all = { includePairs: 'all' } as const;
          expect(strip(aggregateGroup(shuffled, all))).toEqual(strip(aggregateGroup(people, all)));
        },
      ),
      { numRuns: 40 },
    );
  });
});
