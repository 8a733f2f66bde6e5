/** Column widths go to Sheets as few runs as can be made without a column narrower than planned. */
import fc from 'fast-check';
import { widthInPixels, widthRuns, WIDTH_BAND_CHARS } from '../../gsheets/server/sheetLayout';

describe('widthRuns', () => {
  it('sets each run at its widest, never narrower than planned nor more than the band wider', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 4, max: 60 }), { maxLength: 40 }), (widths) => {
        const set: number[] = [];
        let next = 0;
        for (const [start, count, px] of widthRuns(widths)) {
          expect(start).toBe(next);
          expect(count).toBeGreaterThan(0);
          for (let c = start; c < start + count; c++) set[c] = px;
          next = start + count;
        }
        expect(next).toBe(widths.length);
        widths.forEach((w, c) => {
          expect(set[c]).toBeGreaterThanOrEqual(widthInPixels(w));
          expect(set[c]).toBeLessThanOrEqual(widthInPixels(w + WIDTH_BAND_CHARS));
        });
      }),
    );
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
});
