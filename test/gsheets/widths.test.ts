/** Column widths go to Sheets as few runs as can be made without a column narrower than planned. */
import fc from 'fast-check';
import { widthInPixels, widthPaints, widthRuns, WIDTH_BAND_CHARS } from '../../gsheets/server/columnWidths';

/** The width each column gets from the runs, checking that they tile the columns in order. */
function applied(widths: readonly number[], runs: readonly [number, number, number][]): number[] {
  const set: number[] = [];
  let next = 0;
  for (const [start, count, px] of runs) {
    expect(start).toBe(next);
    expect(count).toBeGreaterThan(0);
    for (let c = start; c < start + count; c++) set[c] = px;
    next = start + count;
  }
  expect(next).toBe(widths.length);
  return set;
}

/** The fewest runs, by trying every way to cut the columns (small inputs only). */
function fewest(widths: readonly number[], hidden: readonly number[]): number {
  const ok = (i: number, j: number) => {
    const shown = widths.slice(i, j).filter((_, k) => !hidden.includes(i + k));
    return shown.length === 0 || Math.max(...shown) - Math.min(...shown) <= WIDTH_BAND_CHARS;
  };
  const best = [0];
  for (let j = 1; j <= widths.length; j++) best[j] = Math.min(...Array.from({ length: j }, (_, i) => (ok(i, j) ? best[i] + 1 : Infinity)));
  return best[widths.length];
}

describe('widthRuns', () => {
  const columns = fc.array(fc.integer({ min: 2, max: 60 }), { maxLength: 24 }).chain((widths) =>
    fc.record({ widths: fc.constant(widths), hidden: fc.subarray(widths.map((_, i) => i)) }),
  );

  it('sets every shown column at least as wide as planned and at most the band wider', () => {
    fc.assert(
      fc.property(columns, ({ widths, hidden }) => {
        const set = applied(widths, widthRuns(widths, hidden));
        widths.forEach((w, c) => {
          if (hidden.includes(c)) return;
          expect(set[c]).toBeGreaterThanOrEqual(widthInPixels(w));
          expect(set[c]).toBeLessThanOrEqual(widthInPixels(w + WIDTH_BAND_CHARS));
        });
      }),
    );
  });

  it('makes as few runs as any cutting of the columns could', () => {
    fc.assert(fc.property(columns, ({ widths, hidden }) => expect(widthRuns(widths, hidden).length).toBe(fewest(widths, hidden))));
  });

  it('merges near-equal neighbours only', () => {
    expect(widthRuns([24, 22, 10, 30, 10, 30, 30])).toEqual([
      [0, 2, widthInPixels(24)],
      [2, 1, widthInPixels(10)],
      [3, 1, widthInPixels(30)],
      [4, 1, widthInPixels(10)],
      [5, 2, widthInPixels(30)],
    ]);
  });

  it('sets a run at its widest column, up to the band wider than its narrowest', () => {
    expect(widthRuns([12, 9, 13, 16, 13])).toEqual([
      [0, 3, widthInPixels(13)],
      [3, 2, widthInPixels(16)],
    ]);
  });

  it('lets a hidden column join the run beside it, whatever its width', () => {
    expect(widthRuns([10, 4, 12, 40, 12], [1, 3])).toEqual([[0, 5, widthInPixels(12)]]);
  });

  describe('widthPaints', () => {
    /** The width each column ends with, the calls made in order. */
    const painted = (paints: readonly [number, number, number][]) => {
      const set: number[] = [];
      for (const [start, count, px] of paints) for (let c = start; c < start + count; c++) set[c] = px;
      return set;
    };

    it('leaves every shown column as widthRuns sets it, in no more calls', () => {
      fc.assert(
        fc.property(columns, ({ widths, hidden }) => {
          const paints = widthPaints(widths, hidden);
          expect(paints.length).toBeLessThanOrEqual(widthRuns(widths, hidden).length);
          const runs = applied(widths, widthRuns(widths, hidden));
          const set = painted(paints);
          expect(set.length).toBe(widths.length);
          widths.forEach((_, c) => {
            if (!hidden.includes(c)) expect(set[c]).toBe(runs[c]);
          });
        }),
      );
    });

    it('sets alternating widths as one call under the narrower and one per wider column', () => {
      const [narrow, wide] = [widthInPixels(10), widthInPixels(30)];
      expect(widthPaints([10, 30, 10, 30, 10])).toEqual([
        [0, 5, narrow],
        [1, 1, wide],
        [3, 1, wide],
      ]);
    });

    it('paints under a run only what the calls after it cover', () => {
      const paints = widthPaints([24, 10, 30, 30, 10, 18]);
      expect(paints.length).toBe(4);
      expect(painted(paints)).toEqual([24, 10, 30, 30, 10, 18].map(widthInPixels));
    });
  });
});
