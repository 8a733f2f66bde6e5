/** Column widths in Sheets: pixels for the plan's characters, set in as few setColumnWidths as can be. */

/** Column widths: the plan gives characters; a character of Sheets' default font is about 7 px. */
export function widthInPixels(chars: number): number {
  return Math.round(chars * 7 + 5);
}

/**
 * A column may be set up to this many characters (28 px, about two CJK characters) wider than
 * planned, never narrower: columns whose planned widths lie within this band of each other are
 * set as one run at the widest of them (widthPaints then sets the runs in few calls: 69 → 44 on
 * a first set-up, issue 15). Wider columns cut no header; the plan itself is shared with the
 * other hosts and keeps its exact widths.
 */
export const WIDTH_BAND_CHARS = 4;

/**
 * Adjacent columns as [start, count, px] runs whose planned widths lie within WIDTH_BAND_CHARS
 * of each other, each set at its widest. Taking each run as long as it goes gives the fewest
 * runs (any part of a run is a run). A hidden column is read by no one (a chart's helper): it
 * joins the run it is in, whatever its width.
 */
export function widthRuns(widths: readonly number[], hidden: readonly number[] = []): [number, number, number][] {
  const out: [number, number, number][] = [];
  let lo = Infinity;
  let hi = -Infinity;
  widths.forEach((w, i) => {
    const last = out[out.length - 1];
    const shown = !hidden.includes(i);
    if (last && (!shown || Math.max(hi, w) - Math.min(lo, w) <= WIDTH_BAND_CHARS)) {
      // A run begun by a hidden column takes its shown columns' widths.
      if (shown) {
        lo = Math.min(lo, w);
        hi = Math.max(hi, w);
        last[2] = widthInPixels(hi);
      }
      last[1]++;
    } else {
      [lo, hi] = shown ? [w, w] : [Infinity, -Infinity];
      out.push([i, 1, widthInPixels(w)]);
    }
  });
  return out;
}

/**
 * The runs of widthRuns as [start, count, px] calls in the order to make them: a later call sets
 * its columns over an earlier one, so 10, 30, 10, 30, 10 (the intensity tab's role and rubric
 * dropdowns) is one call at 10 over all five and two at 30 (3 calls, not 5). The fewest calls
 * for a row of runs is the "strange printer" problem: over runs i..j, run i is painted alone,
 * or with a later run k of the same width in one call under everything between them.
 */
export function widthPaints(widths: readonly number[], hidden: readonly number[] = []): [number, number, number][] {
  const runs = widthRuns(widths, hidden);
  const n = runs.length;
  // fewest[i][j]: calls for runs i..j; via[i][j]: the run k that run i's call extends to (-1: alone).
  const fewest = runs.map(() => new Array<number>(n).fill(0));
  const via = runs.map(() => new Array<number>(n).fill(-1));
  const calls = (i: number, j: number) => (i > j ? 0 : fewest[i][j]);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = i; j < n; j++) {
      fewest[i][j] = 1 + calls(i + 1, j);
      for (let k = i + 1; k <= j; k++) {
        const c = calls(i + 1, k - 1) + calls(k, j);
        if (runs[k][2] === runs[i][2] && c < fewest[i][j]) [fewest[i][j], via[i][j]] = [c, k];
      }
    }
  }
  // In call order; the first call of runs i..j is the one that starts at run i.
  const paint = (i: number, j: number): [number, number, number][] => {
    if (i > j) return [];
    const k = via[i][j];
    if (k < 0) return [runs[i], ...paint(i + 1, j)];
    const [led, ...rest] = paint(k, j);
    return [[runs[i][0], led[0] + led[1] - runs[i][0], runs[i][2]], ...paint(i + 1, k - 1), ...rest];
  };
  return paint(0, n - 1);
}
