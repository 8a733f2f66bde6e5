import type { CellValue } from '../../core/cells/cellValue';
import type { FormulaCell } from '../../core/layout';
import { serialToDate } from './sheetCells';

/**
 * What a workbook's cells hold, kept once for the whole snapshot.
 *
 * Texts: a string cut out of a part's text (a slice, a match) can keep that whole text alive,
 * V8 making longer substrings views into their parent. The snapshot holds hundreds of thousands
 * of cell texts, so a view each would keep every sheet's decoded XML (our 50 000-row tabs: some
 * 190 MB of two-byte text on a re-run) after openPackage has let it go. Each distinct text is
 * copied once and that copy handed back, so equal texts (customers, reps, stages) share it.
 *
 * Formula cells: our tabs hold a million of them at 50 000 opportunities, with a few hundred
 * distinct pairs of formula text (a shared formula's followers have none) and cached result.
 * Core's snapshot cells are read-only, so equal pairs share one frozen object.
 *
 * Dates: a 50 000-row tab of ours holds 100 000 date cells over a few hundred days, ~9 MB as a
 * Date object each (a Date is some 90 bytes). Nothing that reads the snapshot changes a Date, so
 * the cells of one day share one.
 */
export class ReadPool {
  private readonly texts = new Map<string, string>();
  private readonly formulas = new Map<string, Map<CellValue | undefined, FormulaCell>>();
  private readonly dates = new Map<number, Date>();

  /** `text`, as a string that refers to no part's text; the same string for equal texts. */
  text(text: string): string {
    let kept = this.texts.get(text);
    if (kept === undefined) {
      // Concatenating then cutting makes V8 flatten into a new string of this text's own.
      kept = (' ' + text).slice(1);
      this.texts.set(kept, kept);
    }
    return kept;
  }

  /** The date of a date-styled cell's serial number: one Date for each serial (a pool serves one workbook, so one date system). */
  date(serial: number, date1904: boolean): Date {
    let date = this.dates.get(serial);
    if (date === undefined) this.dates.set(serial, (date = serialToDate(serial, date1904)));
    return date;
  }

  /** A formula cell: one object for each formula text and primitive result (a date's is its own). */
  formula(formula: string, result: CellValue): FormulaCell {
    const text = this.text(formula);
    // Maps take -0 for 0: a -0 result keeps an object of its own, as a date does.
    if (result instanceof Date || Object.is(result, -0)) return { formula: text, result };
    let byResult = this.formulas.get(text);
    if (!byResult) this.formulas.set(text, (byResult = new Map()));
    let cell = byResult.get(result);
    if (!cell) byResult.set(result, (cell = Object.freeze({ formula: text, result })));
    return cell;
  }
}
