import type { FakeBatch } from './context';
import type { ConditionalFormatModel } from './model';
import type { RangeTarget } from './range';
import { checkWritable } from './writeChecks';

export class FakeConditionalFormats {
  constructor(
    private readonly batch: FakeBatch,
    private readonly path: string,
    private readonly target: RangeTarget,
  ) {}
  add(type: string): FakeConditionalFormat {
    const holder: { model?: ConditionalFormatModel } = {};
    this.batch.queue({
      wire: { op: 'call', path: this.path, method: 'add', args: [type] },
      run: () => {
        const { sheet, box } = this.target();
        checkWritable(sheet, box);
        holder.model = { box, type };
        sheet.conditionalFormats.push(holder.model);
      },
    });
    return new FakeConditionalFormat(this.batch, `${this.path}.add`, holder);
  }
}

export class FakeConditionalFormat {
  readonly custom: { rule: { formula: string }; format: { fill: { color: string }; font: { color: string } } };
  constructor(batch: FakeBatch, path: string, holder: { model?: ConditionalFormatModel }) {
    const set = (property: string, value: string, apply: (m: ConditionalFormatModel) => void) =>
      batch.queue({ wire: { op: 'set', path, property, value }, run: () => apply(holder.model!) });
    let formula = '';
    let fill = '';
    let font = '';
    this.custom = {
      rule: {
        get formula() {
          return formula;
        },
        set formula(v: string) {
          formula = v;
          set('custom.rule.formula', v, (m) => (m.formula = v));
        },
      },
      format: {
        fill: {
          get color() {
            return fill;
          },
          set color(v: string) {
            fill = v;
            set('custom.format.fill.color', v, (m) => (m.fill = v));
          },
        },
        font: {
          get color() {
            return font;
          },
          set color(v: string) {
            font = v;
            set('custom.format.font.color', v, (m) => (m.font = v));
          },
        },
      },
    };
  }
}
