// Next year's mirror (issue 15): compareAssessments / compareFiles through real answer files.
// The earlier file is older (catalogue "1", a year before, five answers fewer, with a plan); the
// expectations are computed by assess() where a number depends on the catalogue's rules, so the
// test holds before and after catalogue "2" migrates "1" files.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAnswersFile, type AnswersFile } from '../../src/answers/parse';
import { assess } from '../../src/assessment/assess';
import { compareFiles } from '../../src/assessment/compare';
import { comparedAssessmentSchema } from '../../src/assessment/comparison-schema';
import { examplePath } from './examples';

const EARLIER_PATH = 'test/fixtures/answers/example-a-lindestad-earlier.json';

function read(path: string): AnswersFile {
  const result = parseAnswersFile(readFileSync(path));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.file;
}

const now = read(examplePath('A'));
const earlier = read(EARLIER_PATH);

function compared(a: AnswersFile, b: AnswersFile) {
  const result = compareFiles(a, b);
  if (!result.ok) throw new Error('refused');
  return result.comparison;
}

const withNames = (file: AnswersFile, own: string, partner: string): AnswersFile => ({
  ...file,
  answers: { ...file.answers, profile_own_municipality: own, profile_partner_municipality: partner },
});

describe('compareFiles', () => {
  it('reads the older earlier file, which has fewer answers than now', () => {
    const raw = JSON.parse(readFileSync(EARLIER_PATH, 'utf8')) as { catalogueVersion: string };
    expect(raw.catalogueVersion).toBe('1');
    expect(Object.keys(earlier.answers).length).toBeLessThan(Object.keys(now.answers).length);
  });

  it('gives then, now and the change for every dimension and indicator, by the same rules', () => {
    const c = compared(now, earlier);
    const a = assess(now.answers);
    const b = assess(earlier.answers);
    expect(c.dimensions.map((d) => d.id)).toEqual(a.dimensions.map((d) => d.id));
    for (const [i, d] of c.dimensions.entries()) {
      expect(d.now).toBe(a.dimensions[i]?.score);
      expect(d.then).toBe(b.dimensions[i]?.score);
      expect(d.change).toBe(d.now === null || d.then === null ? null : d.now - d.then);
    }
    expect(c.indicators).toHaveLength(12);
    // Trust and peer exchange were answered better this year.
    expect(c.dimensions.find((d) => d.id === 'trust')?.change).toBeGreaterThan(0);
    expect(c.indicators.find((i) => i.id === 'peer_exchange')?.change).toBeGreaterThan(0);
  });

  it('says "cannot compare" (null) when the earlier file had too few answers for a score', () => {
    const c = compared(now, earlier);
    expect(c.indicators.find((i) => i.id === 'broader_networks')).toMatchObject({
      then: null,
      change: null,
    });
  });

  it('lists the action points that are new and those no longer triggered, in catalogue order', () => {
    const c = compared(now, earlier);
    expect(c.actionsAdded).toEqual(
      expect.arrayContaining(['R1_seek_and_recognise_learning', 'R7_inform_public']),
    );
    expect(c.actionsAdded.indexOf('R1_seek_and_recognise_learning')).toBeLessThan(
      c.actionsAdded.indexOf('R7_inform_public'),
    );
    expect(c.actionsResolved).toEqual(['R6_join_city_networks']);
    expect(c.actionsAdded).not.toContain('R3_connect_peers'); // triggered both times
  });

  it('says how the network model moved', () => {
    expect(compared(now, earlier).networkModel).toEqual({ then: 'hybrid', now: 'multi_actor' });
  });

  it('shows the earlier plan with its status and whether each action point is still triggered', () => {
    expect(compared(now, earlier).plan).toEqual([
      {
        actionId: 'R2_disseminate_internally',
        status: 'in_progress',
        triggeredThen: true,
        triggeredNow: true,
      },
      { actionId: 'R3_connect_peers', status: 'done', triggeredThen: true, triggeredNow: true },
    ]);
  });

  it("takes a plan item's latest status from the newer file", () => {
    const updated: AnswersFile = {
      ...now,
      plan: [{ actionId: 'R2_disseminate_internally', status: 'done' }],
    };
    expect(compared(updated, earlier).plan[0]).toMatchObject({
      actionId: 'R2_disseminate_internally',
      status: 'done',
    });
  });

  it('keeps the earlier file’s save date', () => {
    expect(compared(now, earlier).earlierSavedAt).toBe('2025-11-18T09:30:00.000Z');
  });

  it('is additive to the Assessment: assessment plus comparison passes the extended schema', () => {
    const output = { ...assess(now.answers), comparison: compared(now, earlier) };
    expect(comparedAssessmentSchema.parse(output)).toEqual(output);
  });

  it('refuses two files about different partnerships, naming both as the files spell them', () => {
    const other = withNames(earlier, 'Amsterdam', 'Nador');
    expect(compareFiles(now, other)).toEqual({
      ok: false,
      code: 'different_partnership',
      pair: {
        now: { own: 'Lindestad', partner: 'Tepekent' },
        earlier: { own: 'Amsterdam', partner: 'Nador' },
      },
    });
  });

  it('accepts the same partnership named in the other order and spelled differently', () => {
    const swapped = withNames(earlier, 'TEPEKENT', 'lindestad');
    expect(compareFiles(now, swapped).ok).toBe(true);
  });
});
