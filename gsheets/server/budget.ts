import { failure } from './failure';

/**
 * Apps Script ends an execution at 6 minutes, wherever it is, with its own English message
 * (https://developers.google.com/apps-script/guides/services/quotas: "Script runtime 6 min /
 * execution"). At 50 000 opportunities one tab is about 1.7 million cells, a million checkboxes
 * and hundreds of thousands of formulas: one call for all of it could run past the limit by
 * itself. So large writes go in bands of rows, each expected to take at most BAND_MS, and the
 * time is checked before each band and before each call over whole ranges (number formats,
 * bold): past the deadline the run stops between two calls with our own bilingual message, and
 * the next run carries on from the rows already there.
 */
export const BAND_MS = 20_000;

/**
 * What a cell costs before anything is measured, by what Sheets must do with it: stored (a
 * value), parsed and computed (a formula), given a rule (a checkbox or dropdown), formatted
 * (number format, bold). The order reported for large writes (about 4 000 value cells in under
 * 50 ms), formulas and rules dearer (docs/gsheets.md, "How long a set-up takes"). What Sheets
 * really takes is learned from the calls themselves: the guesses only give the proportions.
 */
export const CELL_MS = { value: 0.01, formula: 0.3, rule: 0.05, format: 0.005 } as const;
export type CellKind = keyof typeof CELL_MS;

/** The fixed part of a call (a round trip inside Google), left out when learning the pace. */
export const CALL_MS = 40;

/**
 * A call teaches the pace only when it took this long (shorter ones are mostly the round trip)
 * and was guessed at LEARN_UNITS or more: a call over a handful of cells that happened to take
 * long (Sheets applying writes it had held back, say) would otherwise make every later band tiny.
 */
export const LEARN_MS = 500;
export const LEARN_UNITS = 1;

/** Guessed milliseconds of a grid of cells of one kind (cells that are null or undefined are none). */
export function cellUnits(grid: readonly (readonly unknown[])[], kind: CellKind | ((v: unknown) => CellKind | null)): number {
  let ms = 0;
  for (const row of grid) {
    for (const v of row) {
      const k = typeof kind === 'function' ? kind(v) : v === null || v === undefined ? null : kind;
      if (k) ms += CELL_MS[k];
    }
  }
  return ms;
}

/** What Sheets does with a value written: a formula is computed, anything else stored. */
export const valueKind = (v: unknown): CellKind => (typeof v === 'string' && v.startsWith('=') ? 'formula' : 'value');

export class TimeBudget {
  /** Sheets' pace as measured over the guesses (1: as guessed). */
  private pace = 1;
  /** Set when work was left for the next run. */
  stopped = false;

  constructor(
    /** Time (ms since 1970) after which no call over cells is started; undefined: no limit. */
    private readonly deadline: number | undefined,
  ) {}

  /** The guessed milliseconds `units` take at the pace measured so far, the round trip included. */
  private expected(units: number): number {
    return CALL_MS + this.pace * units;
  }

  /** How many of the rows (their guessed milliseconds, top first from `from`) fit one band. */
  bandRows(rowUnits: readonly number[], from: number): number {
    const room = BAND_MS / this.pace;
    let n = 0;
    for (let sum = 0, r = from; r < rowUnits.length; r++, n++) {
      sum += rowUnits[r];
      if (sum > room && n > 0) break;
    }
    return Math.max(1, n);
  }

  /** Whether work of `units` guessed milliseconds may still start. */
  allows(units: number): boolean {
    return this.deadline === undefined || Date.now() + this.expected(units) <= this.deadline;
  }

  /** Whether the deadline has passed. */
  get overdue(): boolean {
    return this.deadline !== undefined && Date.now() > this.deadline;
  }

  /** Runs calls of `units` guessed milliseconds and learns Sheets' pace from how long they took. */
  timed(units: number, write: () => void): void {
    const start = Date.now();
    write();
    const ms = Date.now() - start;
    // Only a call long enough to say more than its round trip; never below a tenth of the guess.
    if (units >= LEARN_UNITS && ms >= LEARN_MS) this.pace = Math.max(0.1, (ms - CALL_MS) / units);
  }

  /**
   * A call over whole ranges (number formats, bold): made and timed while the budget allows it;
   * otherwise left for the next run (which plans the same cells again with the rows it adds),
   * and false is answered so the caller writes no cells of that sheet either.
   */
  call(units: number, write: () => void): boolean {
    if (!this.allows(units)) {
      this.stopped = true;
      return false;
    }
    this.timed(units, write);
    return true;
  }

  /** Ends the run with TIME_LIMIT when work was left for the next run. */
  finish(): void {
    if (this.stopped) throw failure('TIME_LIMIT');
  }
}
