import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { answersFileSchema } from '../src/answers/file-schema';

describe('zod configuration (src/zod-config.ts)', () => {
  it('never compiles a parser with eval, so a strict CSP reports nothing', () => {
    const seen: string[] = [];
    const RealFunction = globalThis.Function;
    // Any `new Function(…)` zod tried would pass through here.
    globalThis.Function = new Proxy(RealFunction, {
      construct(target, args: string[]) {
        seen.push(args.join(','));
        return Reflect.construct(target, args);
      },
    });
    try {
      expect(z.config().jitless).toBe(true);
      answersFileSchema.safeParse({ formatVersion: 1, answers: {} });
    } finally {
      globalThis.Function = RealFunction;
    }
    expect(seen).toEqual([]);
  });
});
