import type { FakeBatch } from './context';
import { CODES, FakeOfficeError } from './errors';
import type { ColorCriterionModel, ConditionalFormatModel } from './model';
import type { RangeTarget } from './range';
import { checkWritable } from './writeChecks';

const TYPES = ['Custom', 'DataBar', 'ColorScale', 'IconSet', 'TopBottom', 'PresetCriteria', 'ContainsText', 'CellValue'];
const CRITERION_TYPES = ['Invalid', 'LowestValue', 'HighestValue', 'Number', 'Percent', 'Formula', 'Percentile'];

/**
 * A colour scale's criteria as Excel takes them (ConditionalColorScaleCriteria, ExcelApi 1.6): a
 * minimum and a maximum (the midpoint optional); LowestValue only as the minimum and HighestValue
 * only as the maximum, with no formula; a number, percent or percentile with one (a percent or
 * percentile of 0-100); an "#RRGGBB" colour. The fake refuses the rest (InvalidArgument).
 */
function checkCriteria(criteria: { minimum?: ColorCriterionModel; midpoint?: ColorCriterionModel; maximum?: ColorCriterionModel }): void {
  const refuse = (why: string) => {
    throw new FakeOfficeError(CODES.invalidArgument, `fake: colour scale criteria refused: ${why}`);
  };
  if (!criteria.minimum || !criteria.maximum) refuse('a minimum and a maximum are required');
  for (const [which, c] of Object.entries(criteria) as [string, ColorCriterionModel | undefined][]) {
    if (!c) continue;
    if (!CRITERION_TYPES.includes(c.type) || c.type === 'Invalid') refuse(`${which}.type ${String(c.type)}`);
    if ((c.type === 'LowestValue' && which !== 'minimum') || (c.type === 'HighestValue' && which !== 'maximum')) refuse(`${which} cannot be ${c.type}`);
    const extreme = c.type === 'LowestValue' || c.type === 'HighestValue';
    if (extreme !== (c.formula === null || c.formula === undefined)) refuse(`${which}.formula ${String(c.formula)} with ${c.type}`);
    const n = Number(c.formula);
    if (c.type === 'Number' && !Number.isFinite(n)) refuse(`${which}.formula ${String(c.formula)} is no number`);
    if ((c.type === 'Percent' || c.type === 'Percentile') && !(n >= 0 && n <= 100)) refuse(`${which}.formula ${String(c.formula)} is outside 0-100`);
    if (typeof c.color !== 'string' || !/^#[0-9a-f]{6}$/i.test(c.color)) refuse(`${which}.color ${String(c.color)}`);
  }
}

export class FakeConditionalFormats {
  constructor(
    private readonly batch: FakeBatch,
    private readonly path: string,
    private readonly target: RangeTarget,
  ) {}
  /** Excel.ConditionalFormatType's values; another is refused (InvalidArgument). */
  add(type: string): FakeConditionalFormat {
    if (!TYPES.includes(type)) throw new FakeOfficeError(CODES.invalidArgument, `fake: ${String(type)} is not a ConditionalFormatType`);
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
  readonly colorScale: { criteria: { minimum: ColorCriterionModel; midpoint?: ColorCriterionModel; maximum: ColorCriterionModel } };
  readonly custom: { rule: { formula: string }; format: { fill: { color: string }; font: { color: string } } };
  constructor(batch: FakeBatch, path: string, holder: { model?: ConditionalFormatModel }) {
    const set = (property: string, value: string, apply: (m: ConditionalFormatModel) => void) =>
      batch.queue({ wire: { op: 'set', path, property, value }, run: () => apply(holder.model!) });
    /** A property the add-in writes and may read back as written; each write is queued, then applied to the model. */
    const written = <K extends string>(key: K, property: string, apply: (m: ConditionalFormatModel, v: string) => void): Record<K, string> => {
      let value = '';
      return Object.defineProperty({} as Record<K, string>, key, {
        enumerable: true,
        get: () => value,
        set: (v: string) => {
          value = v;
          set(property, v, (m) => apply(m, v));
        },
      });
    };
    this.colorScale = {
      set criteria(v: { minimum: ColorCriterionModel; midpoint?: ColorCriterionModel; maximum: ColorCriterionModel }) {
        checkCriteria(v);
        const copy = JSON.parse(JSON.stringify(v)) as typeof v;
        set('colorScale.criteria', JSON.stringify(v), (m) => {
          if (m.type !== 'ColorScale') throw new FakeOfficeError(CODES.invalidOperation, `fake: a ${m.type} conditional format has no colour scale`);
          m.colorScale = copy;
        });
      },
      get criteria(): never {
        throw new FakeOfficeError(CODES.propertyNotLoaded, 'fake: colorScale.criteria is write-only here');
      },
    };
    this.custom = {
      rule: written('formula', 'custom.rule.formula', (m, v) => (m.formula = v)),
      format: {
        fill: written('color', 'custom.format.fill.color', (m, v) => (m.fill = v)),
        font: written('color', 'custom.format.font.color', (m, v) => (m.font = v)),
      },
    };
  }
}
