import type { Box } from './address';
import type { FakeBatch } from './context';
import { CODES, FakeOfficeError } from './errors';
import type { SheetModel } from './model';
import { PropertySetter } from './propertySetter';
import type { RangeTarget } from './range';
import { checkWritable } from './writeChecks';

/** 255 characters of 7 px plus 5 px of padding, in points. */
export const MAX_COLUMN_POINTS = (255 * 7 + 5) * 0.75;

/** Excel's tallest row, in points. */
export const MAX_ROW_POINTS = 409;

export class FakeRangeFormat extends PropertySetter {
  constructor(
    batch: FakeBatch,
    path: string,
    private readonly target: RangeTarget,
  ) {
    super(batch, path);
  }
  /**
   * ExcelApi 1.2. A width past Excel's widest column (255 characters, about 1 342 points of the
   * default font: Excel specifications and limits,
   * https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3)
   * or below 0 is refused (InvalidArgument; the code Excel gives is assumed, docs/excel.md).
   */
  set columnWidth(points: number) {
    this.setSize('columnWidth', points, MAX_COLUMN_POINTS, (sheet, box) => ({ sizes: sheet.widths, first: box.left, last: box.right }));
  }
  set wrapText(wrap: boolean) {
    this.set('wrapText', wrap, () => {
      const { sheet, box } = this.target();
      checkWritable(sheet, box);
      sheet.wraps.push({ box, wrap });
    });
  }
  /** Excel.VerticalAlignment's values; any other is refused (InvalidArgument). */
  set verticalAlignment(value: string) {
    if (!['Top', 'Center', 'Bottom', 'Justify', 'Distributed'].includes(value)) throw new FakeOfficeError(CODES.invalidArgument, `fake: ${String(value)} is not a VerticalAlignment`);
    this.set('verticalAlignment', value, () => {
      const { sheet, box } = this.target();
      checkWritable(sheet, box);
      sheet.wraps.push({ box, vertical: value });
    });
  }
  /**
   * ExcelApi 1.2, in points. Excel's tallest row is 409 points (Excel specifications and limits,
   * as for columnWidth): a height past it or below 0 is refused (InvalidArgument).
   */
  set rowHeight(points: number) {
    this.setSize('rowHeight', points, MAX_ROW_POINTS, (sheet, box) => ({ sizes: sheet.rowHeights, first: box.top, last: box.bottom }));
  }
  /** Sets every column's width (or row's height) the range spans, refusing a size below 0 or past `max` points. */
  private setSize(property: 'columnWidth' | 'rowHeight', points: number, max: number, lines: (sheet: SheetModel, box: Box) => { sizes: Map<number, number>; first: number; last: number }): void {
    this.batch.requirements.use(`RangeFormat.${property}`);
    this.set(property, points, () => {
      if (!(points >= 0 && points <= max)) throw new FakeOfficeError(CODES.invalidArgument, 'The argument is invalid or missing or has an incorrect format.');
      const { sheet, box } = this.target();
      const { sizes, first, last } = lines(sheet, box);
      for (let i = first; i <= last; i++) sizes.set(i, points);
    });
  }
  get fill(): { color: string } {
    return Object.defineProperties({} as { color: string }, {
      color: this.writeOnly('fill.color', (sheet, box, color: string) => {
        checkWritable(sheet, box);
        sheet.fills.push({ box, color });
      }),
    });
  }
  get font(): { bold: boolean; color: string } {
    return Object.defineProperties({} as { bold: boolean; color: string }, {
      bold: this.writeOnly('font.bold', (sheet, box, bold: boolean) => {
        checkWritable(sheet, box);
        sheet.bold.push({ box, bold });
      }),
      color: this.writeOnly('font.color', (sheet, box, color: string) => sheet.fontColors.push({ box, color })),
    });
  }
  /** A property the add-in only writes: on sync `record` notes the value for the range's box; reading it back is refused (not loaded). */
  private writeOnly<V>(property: string, record: (sheet: SheetModel, box: Box, value: V) => void): PropertyDescriptor {
    return {
      enumerable: true,
      set: (value: V) =>
        this.set(property, value, () => {
          const { sheet, box } = this.target();
          record(sheet, box, value);
        }),
      get: () => {
        throw new FakeOfficeError(CODES.propertyNotLoaded, `fake: ${property} is write-only here`);
      },
    };
  }
}
