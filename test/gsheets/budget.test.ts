/** The time budget of a Sheets run (gsheets/server/budget.ts): bands sized by the pace it learns. */
import { BAND_MS, CELL_MS, TimeBudget } from '../../gsheets/server/budget';

function clock(): { now: number; restore: () => void } {
  const c = { now: 1_000_000, restore: () => spy.mockRestore() };
  const spy = jest.spyOn(Date, 'now').mockImplementation(() => c.now);
  return c;
}

describe('TimeBudget', () => {
  const row = 10 * CELL_MS.formula + 20 * CELL_MS.value; // 3.2 ms guessed

  it('sizes a band to BAND_MS at the guessed pace, then at the pace a long call measured', () => {
    const c = clock();
    const budget = new TimeBudget(undefined);
    const rows = new Array<number>(100_000).fill(row);
    // As many rows as fit BAND_MS (to a row: the guesses add up in floating point).
    expect(Math.abs(budget.bandRows(rows, 0) - BAND_MS / row)).toBeLessThanOrEqual(1);
    // A band of 1 000 rows that took 40 times its guess: Sheets is slower today.
    budget.timed(1000 * row, () => (c.now += 40 * 1000 * row + 40));
    expect(budget.bandRows(rows, 0)).toBeLessThan(BAND_MS / row / 39);
    c.restore();
  });

  it('does not learn from a call over a handful of cells that took long (writes applied late, say)', () => {
    const c = clock();
    const budget = new TimeBudget(undefined);
    const rows = new Array<number>(100_000).fill(row);
    const before = budget.bandRows(rows, 0);
    budget.timed(10 * CELL_MS.format, () => (c.now += 5_000));
    expect(budget.bandRows(rows, 0)).toBe(before);
    c.restore();
  });

  it('refuses work that would end past the deadline, and a refused call over whole ranges leaves the run to say TIME_LIMIT', () => {
    const c = clock();
    const budget = new TimeBudget(c.now + 1_000);
    expect(budget.allows(500)).toBe(true);
    expect(budget.allows(5_000)).toBe(false);
    let ran = false;
    expect(budget.call(5_000, () => (ran = true))).toBe(false);
    expect(ran).toBe(false);
    expect(() => budget.finish()).toThrow(/6/);
    c.restore();
  });
});
