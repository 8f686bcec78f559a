import { describe, expect, it } from 'vitest';
import { planBreaks, type FlowUnit } from '../../../src/render/pdf/page-breaks';

// A page of 100 points of content: y from 0 to 100.
const FRAME = { top: 0, bottom: 100, startY: 0, pageUsed: false };
const lines = (n: number, extra: Partial<FlowUnit> = {}): FlowUnit[] =>
  Array.from({ length: n }, () => ({ height: 10, ...extra }));

describe('planBreaks', () => {
  it('breaks when the next unit does not fit, and nowhere else', () => {
    expect(planBreaks(lines(25), FRAME)).toEqual([10, 20]);
    expect(planBreaks(lines(10), FRAME)).toEqual([]);
  });

  it('keeps a heading with the two lines that follow it', () => {
    // 9 lines, then a heading at y = 90 with two kept lines: all three move to the next page.
    const units = [
      ...lines(8),
      { height: 10 },
      { height: 10, breakBefore: 'avoid' as const },
      { height: 10, breakBefore: 'avoid' as const },
    ];
    expect(planBreaks(units, FRAME)).toEqual([8]);
  });

  it('never leaves a table row alone: the head, two rows, and the last two rows stay together', () => {
    const head: FlowUnit = { height: 10 };
    const rows: FlowUnit[] = [
      { height: 10, breakBefore: 'avoid' },
      { height: 10, breakBefore: 'avoid' },
      { height: 10, repeatHeight: 10 },
      { height: 10, repeatHeight: 10 },
      { height: 10, breakBefore: 'avoid', repeatHeight: 10 },
    ];
    // Head at y = 80: head + 2 rows (30) do not fit in 20, so the table starts on the next page.
    expect(planBreaks([...lines(8), head, ...rows], FRAME)).toEqual([8]);
    // Head at y = 50: head and rows 1–4 fit (50..100); the last row would be alone, so rows 4 and 5
    // (units 9 and 10) go over together, under a repeated head.
    expect(planBreaks([...lines(5), head, ...rows], FRAME)).toEqual([9]);
  });

  it('drops the gap above a unit at the top of a page, and repeats a table head after a break', () => {
    const units: FlowUnit[] = [...lines(9), { height: 10, gapBefore: 5, repeatHeight: 85 }, { height: 10 }];
    // 9 lines end at 90; the gapped unit needs 105 > 100, so it starts page 2 at 85 (the head);
    // the next unit then needs 105 again: page 3.
    expect(planBreaks(units, FRAME)).toEqual([9, 10]);
  });

  it('starts a part on a new page when less than its room is left', () => {
    const units: FlowUnit[] = [...lines(6), { height: 10, room: 50 }, ...lines(2)];
    expect(planBreaks(units, FRAME)).toEqual([6]);
    expect(planBreaks([...lines(4), { height: 10, room: 50 }], FRAME)).toEqual([]);
  });

  it('honours a forced break, but not at the top of an empty page', () => {
    expect(planBreaks([{ height: 10, breakBefore: 'always' }, ...lines(2)], FRAME)).toEqual([]);
    expect(planBreaks([...lines(2), { height: 10, breakBefore: 'always' }], FRAME)).toEqual([2]);
    expect(
      planBreaks([{ height: 10, breakBefore: 'always' }], { ...FRAME, startY: 30, pageUsed: true }),
    ).toEqual([0]);
  });

  it('breaks a kept-together chain longer than a page where it must, and ends', () => {
    const chain = [{ height: 10 }, ...lines(24, { breakBefore: 'avoid' })];
    expect(planBreaks(chain, FRAME)).toEqual([10, 20]);
    // A single unit taller than the page is drawn on a page of its own.
    expect(planBreaks([{ height: 10 }, { height: 250 }, { height: 10 }], FRAME)).toEqual([1, 2]);
  });

  it('continues on the page it starts on when that page already has content', () => {
    expect(planBreaks(lines(3), { ...FRAME, startY: 80, pageUsed: true })).toEqual([2]);
    // A chain that cannot fit the rest of the current page moves whole.
    expect(
      planBreaks([{ height: 10 }, { height: 10, breakBefore: 'avoid' }], {
        ...FRAME,
        startY: 85,
        pageUsed: true,
      }),
    ).toEqual([0]);
  });
});
