/** Merging a plan's blocks into few setValues calls never touches a cell the plan does not name. */
import fc from 'fast-check';
import type { CellBlock, Plan, SheetSnapshot, SnapshotCell } from '../../core/layout';
import { gridWrites } from '../../gsheets/server/cellGrid';
import { toSheetsCell } from '../../gsheets/server/cells';

const SHEET = 'S';

function planOf(writes: CellBlock[]): Plan {
  return { lang: 'en', tracker: null, addSheets: [], tabs: {}, writes, fills: [], tables: [], validations: [], conditionalFormats: [], layouts: [], numberFormats: [], charts: [], addedOpportunities: 0, warnings: [] };
}

const block = fc.record({
  row: fc.integer({ min: 0, max: 8 }),
  col: fc.integer({ min: 0, max: 6 }),
  values: fc.array(fc.array(fc.oneof(fc.string({ maxLength: 3 }), fc.integer(), fc.constant(null)), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
});
const userCells = fc.array(fc.record({ r: fc.integer({ min: 0, max: 12 }), c: fc.integer({ min: 0, max: 10 }), v: fc.string({ minLength: 1, maxLength: 3 }) }), { maxLength: 20 });

describe('gridWrites', () => {
  it.each([true, false])('on an existing sheet (ours: %s), writes every planned cell and no other non-blank cell', (ours) => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 5 }), userCells, (blocks, users) => {
        const rows: SnapshotCell[][] = [];
        for (const u of users) (rows[u.r] ??= [])[u.c] = u.v;
        const existing: SheetSnapshot = { name: SHEET, rows, tables: [] };
        const writes = blocks.map((b) => ({ sheet: SHEET, ...b }));
        const named = new Map<string, unknown>();
        for (const b of writes) b.values.forEach((row, i) => row.forEach((v, j) => named.set(`${b.row + i},${b.col + j}`, toSheetsCell(v))));

        const out = gridWrites(planOf(writes), SHEET, existing, ours);
        const written = new Map<string, unknown>();
        for (const w of out) w.values.forEach((row, i) => row.forEach((v, j) => written.set(`${w.range.top + i},${w.range.left + j}`, v)));

        for (const [key, v] of named) expect(written.get(key)).toEqual(v);
        for (const [key, v] of written) {
          if (named.has(key)) continue;
          const [r, c] = key.split(',').map(Number);
          // A cell the plan does not name is written only on our own tab, only blank, only with "".
          expect({ key, ours, before: rows[r]?.[c] ?? null, v }).toEqual({ key, ours: true, before: null, v: '' });
        }
        expect(out.length).toBeLessThanOrEqual(writes.reduce((n, b) => n + b.values.length, 0));
      }),
      { numRuns: 300 },
    );
  });

  it('writes a new sheet’s cells in one call', () => {
    const writes: CellBlock[] = [
      { sheet: SHEET, row: 0, col: 0, values: [['#marker']] },
      { sheet: SHEET, row: 1, col: 0, values: [['a', 'b', 'c']] },
      { sheet: SHEET, row: 2, col: 0, values: [[1, 2], [3]] },
    ];
    const out = gridWrites(planOf(writes), SHEET, undefined, true);
    expect(out).toHaveLength(1);
    // Text goes behind an apostrophe, which Sheets keeps out of the value (gsheets/server/cells.ts).
    expect(out[0].values).toEqual([["'#marker", '', ''], ["'a", "'b", "'c"], [1, 2, ''], [3, '', '']]);
  });
});
