// The exact ratios the group averages must be the very ratios behind each file's rounded coverage
// and evidence: checked against assess() on generated files.
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assessment/assess';
import { exactRatios } from '../../src/assessment/exact-ratios';
import { ratio2 } from '../../src/assessment/rounding';
import { resolveApplicability } from '../../src/catalogue/conditions';
import { generateAnswerFiles } from '../fixtures/generate-answers';

describe('exactRatios', () => {
  it('rounds to the assessment’s own coverage and evidence for every file', () => {
    for (const file of generateAnswerFiles(200, 7)) {
      const a = assess(file.answers);
      const { applicable, visible } = resolveApplicability(file.answers);
      const r = exactRatios({ applicable: new Set(applicable), visible });
      for (const d of a.dimensions) expect(ratio2(...(r.dimensions.get(d.id) ?? [0, 1]))).toBe(d.coverage);
      for (const d of a.indicators) expect(ratio2(...(r.indicators.get(d.id) ?? [0, 1]))).toBe(d.coverage);
      for (const rec of a.recommendations) {
        const e = r.evidence.get(rec.id);
        expect(e === undefined ? null : ratio2(...e)).toBe(rec.evidence);
      }
    }
  });
});
