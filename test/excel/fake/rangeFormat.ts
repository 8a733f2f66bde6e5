import type { FakeBatch } from './context';
import { CODES, FakeOfficeError } from './errors';
import { PropertySetter } from './propertySetter';
import type { RangeTarget } from './range';
import { checkWritable } from './writeChecks';

export class FakeRangeFormat extends PropertySetter {
  constructor(
    batch: FakeBatch,
    path: string,
    private readonly target: RangeTarget,
  ) {
    super(batch, path);
  }
  set columnWidth(points: number) {
    this.set('columnWidth', points, () => {
      const { sheet, box } = this.target();
      for (let c = box.left; c <= box.right; c++) sheet.widths.set(c, points);
    });
  }
  get fill(): { color: string } {
    const self = { set: (p: string, v: unknown, a: () => void) => this.set(p, v, a), target: this.target };
    return {
      set color(color: string) {
        self.set('fill.color', color, () => {
          const { sheet, box } = self.target();
          checkWritable(sheet, box);
          sheet.fills.push({ box, color });
        });
      },
      get color(): string {
        throw new FakeOfficeError(CODES.propertyNotLoaded, 'fake: fill.color is write-only here');
      },
    };
  }
  get font(): { bold: boolean; color: string } {
    const self = { set: (p: string, v: unknown, a: () => void) => this.set(p, v, a), target: this.target };
    return {
      set bold(bold: boolean) {
        self.set('font.bold', bold, () => {
          const { sheet, box } = self.target();
          checkWritable(sheet, box);
          sheet.bold.push({ box, bold });
        });
      },
      get bold(): boolean {
        throw new FakeOfficeError(CODES.propertyNotLoaded, 'fake: font.bold is write-only here');
      },
      set color(color: string) {
        self.set('font.color', color, () => {
          const { sheet, box } = self.target();
          sheet.fontColors.push({ box, color });
        });
      },
      get color(): string {
        throw new FakeOfficeError(CODES.propertyNotLoaded, 'fake: font.color is write-only here');
      },
    };
  }
}
