import { failure } from './failure';

/**
 * Apps Script ends an execution at 6 minutes, wherever it is, with its own English message
 * (https://developers.google.com/apps-script/guides/services/quotas: "Script runtime 6 min /
 * execution"). At 50 000 opportunities one tab is about 1.7 million cells, a million checkboxes
 * and hundreds of thousands of formulas: one call for all of it could run past the limit by
 * itself. So large writes go in bands of rows, each expected to take at most BAND_MS, and the
 * time is checked before each band: past the deadline the run stops between two bands with our
 * own bilingual message, and the next run carries on from the rows already there.
 */
export const BAND_MS = 20_000;

/**
 * What a written cell costs before anything is measured: a few hundredths of a millisecond, the
 * order reported for large setValues (about 4 000 cells in under 50 ms) with formulas and
 * checkboxes dearer (docs/gsheets.md, "How long a set-up takes"). Each band's own time then
 * replaces the guess: Sheets is faster or slower from day to day and from sheet to sheet.
 */
export const FIRST_GUESS_MS_PER_CELL = 0.05;

export class TimeBudget {
  private msPerCell = FIRST_GUESS_MS_PER_CELL;
  /** Set when a band was left for the next run. */
  stopped = false;

  constructor(
    /** Time (ms since 1970) after which no band is started; undefined: no limit. */
    private readonly deadline: number | undefined,
  ) {}

  /** Rows per band for rows of `width` cells. */
  bandRows(width: number): number {
    return Math.max(1, Math.floor(BAND_MS / (this.msPerCell * Math.max(1, width))));
  }

  /** Whether a band of `cells` cells may still start. */
  allows(cells: number): boolean {
    return this.deadline === undefined || Date.now() + this.msPerCell * cells <= this.deadline;
  }

  /** Whether the deadline has passed. */
  get overdue(): boolean {
    return this.deadline !== undefined && Date.now() > this.deadline;
  }

  /** Runs one band of `cells` cells and learns from how long it took. */
  band(cells: number, write: () => void): void {
    const start = Date.now();
    write();
    const ms = Date.now() - start;
    // The last band's pace, never below a tenth of the first guess (a band too quick to time
    // says little about the next, larger one).
    if (cells > 0) this.msPerCell = Math.max(FIRST_GUESS_MS_PER_CELL / 10, ms / cells);
  }

  /** Ends the run with TIME_LIMIT when a band was left for the next run. */
  finish(): void {
    if (this.stopped) throw failure('TIME_LIMIT');
  }
}
