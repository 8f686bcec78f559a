// Where the pages break (issue 18, item 4), as a pure function: unit heights and keep rules in,
// the indices of the units that start a new page out. The PDF renderer lays a language's part out
// as units (lines, table row bands, charts) and draws them where this function says, so the rules
// below hold by construction and are tested without a PDF:
// - a unit marked `avoid` stays on the page of the unit before it (a heading keeps two lines of
//   what follows; a paragraph keeps its first two and last two lines together; a table keeps its
//   head with two rows, and its last two rows together);
// - a unit with `room` starts a new page when less than that is left (a part's title low on a page);
// - after a break inside a table, its head is drawn again (`repeatHeight`);
// - a chain of `avoid` units taller than a page breaks where it must, never loops.

export interface FlowUnit {
  readonly height: number;
  /** Space above the unit; dropped at the top of a page. */
  readonly gapBefore?: number;
  readonly breakBefore?: 'auto' | 'avoid' | 'always';
  /** Start a new page when less than this is left below (the unit's own height included). */
  readonly room?: number;
  /** Height drawn again at the top of the page when a break falls right before this unit. */
  readonly repeatHeight?: number;
}

export interface PageFrame {
  /** y where content starts on a new page. */
  readonly top: number;
  /** Lowest y content may reach (above the footer). */
  readonly bottom: number;
  /** y where the first unit would go. */
  readonly startY: number;
  /** Whether something is already drawn on the current page (else a break there is pointless). */
  readonly pageUsed: boolean;
}

export function planBreaks(units: readonly FlowUnit[], frame: PageFrame): number[] {
  const breaks: number[] = [];
  // Index of the first unit on the current page; -1 while on a page that had content already.
  let pageStart = frame.pageUsed ? -1 : 0;
  let y = frame.startY;
  // Nothing drawn yet on this page: the next unit goes here whatever its size.
  let first = !frame.pageUsed;
  const breakAt = (j: number) => {
    breaks.push(j);
    pageStart = j;
    y = frame.top + (units[j]?.repeatHeight ?? 0);
    first = true;
  };
  let i = 0;
  while (i < units.length) {
    const u = units[i] as FlowUnit;
    if (u.breakBefore === 'always' && !first) breakAt(i);
    const gap = first ? 0 : (u.gapBefore ?? 0);
    const fits = y + gap + u.height <= frame.bottom;
    const roomy = u.room === undefined || y + gap + u.room <= frame.bottom;
    if (first || (fits && roomy)) {
      y += gap + u.height;
      first = false;
      i += 1;
      continue;
    }
    // It does not fit: break before the last unit on this page that may start one.
    let j = i;
    while (j > pageStart && units[j]?.breakBefore === 'avoid') j -= 1;
    // A chain of kept-together units longer than the page breaks where it must.
    if (j <= pageStart) j = i;
    breakAt(j);
    i = j;
  }
  return breaks;
}
