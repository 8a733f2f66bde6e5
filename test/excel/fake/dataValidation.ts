import type { FakeBatch } from './context';
import { CODES, FakeOfficeError } from './errors';
import type { Box } from './address';
import { overlaps } from './model';
import { PropertySetter } from './propertySetter';
import type { RangeTarget } from './range';
import { checkWritable } from './writeChecks';

// The fake's own, not xlsx/write/ranges.ts's: Excel's behaviour is modelled without the hosts' code.
/** `a` without the cells of `b`: up to four boxes. */
function subtract(a: Box, b: Box): Box[] {
  if (!overlaps(a, b)) return [a];
  const out: Box[] = [];
  if (a.top < b.top) out.push({ ...a, bottom: b.top - 1 });
  if (a.bottom > b.bottom) out.push({ ...a, top: b.bottom + 1 });
  const top = Math.max(a.top, b.top);
  const bottom = Math.min(a.bottom, b.bottom);
  if (a.left < b.left) out.push({ top, bottom, left: a.left, right: b.left - 1 });
  if (a.right > b.right) out.push({ top, bottom, left: b.right + 1, right: a.right });
  return out;
}

/** Excel.DataValidation (ExcelApi 1.8) as far as the add-in uses it: `rule` and `clear()`. */
export class FakeDataValidation extends PropertySetter {
  constructor(
    batch: FakeBatch,
    path: string,
    private readonly target: RangeTarget,
  ) {
    super(batch, path);
  }
  /**
   * Refused over cells of which some already carry validation: office-js issue 2594 reports
   * InvalidArgument ("The argument is invalid or missing or has an incorrect format.") when a rule
   * is set on a range that holds a smaller validated range. `clear()` first.
   */
  set rule(rule: unknown) {
    this.set('rule', rule, () => {
      const { sheet, box } = this.target();
      checkWritable(sheet, box);
      if (sheet.validations.some((v) => overlaps(v.box, box))) {
        throw new FakeOfficeError(CODES.invalidArgument, 'The argument is invalid or missing or has an incorrect format.', 'DataValidation.rule');
      }
      sheet.validations.push({ box, rule });
    });
  }
  /** Clears the validation of this range's cells; a rule reaching beyond it keeps its other cells. */
  clear(): void {
    this.batch.queue({
      wire: { op: 'call', path: this.path, method: 'clear', args: [] },
      run: () => {
        const { sheet, box } = this.target();
        const kept = sheet.validations.flatMap((v) => subtract(v.box, box).map((b) => ({ box: b, rule: v.rule })));
        sheet.validations.splice(0, sheet.validations.length, ...kept);
      },
    });
  }
}
