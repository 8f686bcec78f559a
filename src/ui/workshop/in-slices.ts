// Big workshop updates (1,000 participants, a group report of 1,000 rows) render as transitions,
// which React renders in slices between which the page can respond (issue 16: no freeze over
// 200 ms). Only where the intake worker can run: without one (a locked-down browser, jsdom) the
// reading already happens on the page, and the update is rendered at once, as before.
import { startTransition } from 'react';

export function inSlices(update: () => void): void {
  if (typeof Worker === 'undefined') update();
  else startTransition(update);
}
