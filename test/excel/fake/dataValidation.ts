import type { FakeBatch } from './context';
import { CODES, FakeOfficeError } from './errors';
import { contains, overlaps } from './model';
import { PropertySetter } from './propertySetter';
import type { RangeTarget } from './range';
import { checkWritable } from './writeChecks';

export class FakeDataValidation extends PropertySetter {
  constructor(
    batch: FakeBatch,
    path: string,
    private readonly target: RangeTarget,
  ) {
    super(batch, path);
  }
  set rule(rule: unknown) {
    this.set('rule', rule, () => {
      const { sheet, box } = this.target();
      checkWritable(sheet, box);
      if (sheet.validations.some((v) => overlaps(v.box, box))) {
        // Excel refuses a rule over cells that already have a different one; clear() first.
        throw new FakeOfficeError(CODES.invalidOperation, 'The range already has data validation; clear it first.');
      }
      sheet.validations.push({ box, rule });
    });
  }
  clear(): void {
    this.batch.queue({
      wire: { op: 'call', path: this.path, method: 'clear', args: [] },
      run: () => {
        const { sheet, box } = this.target();
        for (let i = sheet.validations.length - 1; i >= 0; i--) if (contains(box, sheet.validations[i].box)) sheet.validations.splice(i, 1);
      },
    });
  }
}
