import { describe, expect, it } from 'vitest';
import { CURRENT_FORMAT_VERSION, migrate, MIGRATIONS, type MigrationStep } from '../../src/answers/migrate';

describe('migrate', () => {
  it('has no published older format yet, so version 0 is refused with a problem', () => {
    expect(MIGRATIONS.size).toBe(0);
    expect(migrate({ formatVersion: 0 }, 0)).toEqual({
      ok: false,
      problem: { code: 'no_migration', params: { version: 0 } },
    });
  });

  it('applies each step in turn and stamps the new version (synthetic v-1 → v0 → v1)', () => {
    // A made-up history, to prove the hook: v-1 called it "replies", v0 called it "answers" but
    // had "lang" instead of "language".
    const steps = new Map<number, MigrationStep>([
      [-1, ({ replies, ...rest }) => ({ ...rest, answers: replies })],
      [0, ({ lang, ...rest }) => ({ ...rest, language: lang })],
    ]);
    const old = Object.freeze({ formatVersion: -1, replies: { profile_side: 'source' }, lang: 'en' });
    expect(migrate(old, -1, steps)).toEqual({
      ok: true,
      file: { formatVersion: CURRENT_FORMAT_VERSION, answers: { profile_side: 'source' }, language: 'en' },
    });
  });
});
