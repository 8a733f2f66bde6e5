import { Counted, unwrap } from './calls';
import type { Box, ChartModel, ConditionalRuleModel, GradientPointModel, SheetModel, ValidationSpec } from './model';
import { FakeDataValidation, FakeRange } from './range';

export class FakeDataValidationBuilder extends Counted {
  constructor() {
    super('DataValidationBuilder', 'builder');
  }
  private spec: ValidationSpec | null = null;
  private allowInvalid = true;

  requireCheckbox(): this {
    this.spec = { kind: 'checkbox' };
    return this;
  }
  requireValueInList(values: string[], _showDropdown?: boolean): this {
    if (!Array.isArray(values) || values.length === 0) throw new Error('Exception: The parameters (String[]) don’t match the method signature');
    this.spec = { kind: 'list', values: [...values] };
    return this;
  }
  requireValueInRange(range: unknown, _showDropdown?: boolean): this {
    const r = unwrap(range);
    if (!(r instanceof FakeRange)) throw new Error('Exception: The parameters (Range) don’t match the method signature');
    this.spec = { kind: 'range', sheet: r.sheet.name, box: { ...r.box } };
    return this;
  }
  requireNumberGreaterThanOrEqualTo(min: number): this {
    this.spec = { kind: 'min', min };
    return this;
  }
  setAllowInvalid(allow: boolean): this {
    this.allowInvalid = allow;
    return this;
  }
  build(): FakeDataValidation {
    if (!this.spec) throw new Error('Exception: You must set a criteria before building the data validation rule.');
    return new FakeDataValidation({ spec: this.spec, allowInvalid: this.allowInvalid });
  }
}

export class FakeConditionalFormatRule extends Counted {
  constructor(readonly model: ConditionalRuleModel) {
    super('ConditionalFormatRule', 'builder');
  }
  getRanges(): never {
    throw new Error('the fake does not hand out a rule’s ranges');
  }
}

export class FakeConditionalFormatRuleBuilder extends Counted {
  constructor() {
    super('ConditionalFormatRuleBuilder', 'builder');
  }
  private formula = '';
  private background?: string;
  private fontColor?: string;
  private ranges: FakeRange[] = [];
  private gradient: { min?: GradientPointModel; mid?: GradientPointModel; max?: GradientPointModel } = {};

  whenFormulaSatisfied(formula: string): this {
    if (!formula.startsWith('=')) throw new Error('Exception: Invalid formula: it must start with "="');
    this.formula = formula;
    this.gradient = {};
    return this;
  }

  /**
   * A gradient (colour scale) point. Sheets takes a colour it can parse (we send "#rrggbb", the
   * fake takes only that), a number as text for NUMBER and a percentile of 0-100 for PERCENTILE
   * ("Invalid argument" otherwise). Setting a gradient point turns the rule into a gradient rule:
   * its boolean condition is dropped, as in Sheets.
   */
  private point(which: 'min' | 'mid' | 'max', color: string, type: string, value?: string): this {
    if (!/^#[0-9a-f]{6}$/i.test(color)) throw new Error(`Exception: Invalid argument: color (${color})`);
    const types = which === 'mid' ? ['NUMBER', 'PERCENT', 'PERCENTILE'] : ['NUMBER', 'PERCENT', 'PERCENTILE', 'MIN', 'MAX'];
    if (!types.includes(type)) throw new Error(`Exception: Invalid argument: type (${String(type)})`);
    let number: number | undefined;
    if (type !== 'MIN' && type !== 'MAX') {
      number = value === undefined || value.trim() === '' ? NaN : Number(value);
      if (!Number.isFinite(number)) throw new Error(`Exception: Invalid argument: value (${value})`);
      if ((type === 'PERCENTILE' || type === 'PERCENT') && (number < 0 || number > 100)) throw new Error(`Exception: Invalid argument: value (${value}) must be between 0 and 100`);
    }
    this.formula = '';
    this.gradient = { ...this.gradient, [which]: { color, type: type as GradientPointModel['type'], ...(number === undefined ? {} : { value: number }) } };
    return this;
  }
  setGradientMinpoint(color: string): this {
    return this.point('min', color, 'MIN');
  }
  setGradientMaxpoint(color: string): this {
    return this.point('max', color, 'MAX');
  }
  setGradientMinpointWithValue(color: string, type: string, value: string): this {
    return this.point('min', color, type, value);
  }
  setGradientMidpointWithValue(color: string, type: string, value: string): this {
    return this.point('mid', color, type, value);
  }
  setGradientMaxpointWithValue(color: string, type: string, value: string): this {
    return this.point('max', color, type, value);
  }
  setBackground(color: string | null): this {
    this.background = color ?? undefined;
    return this;
  }
  setFontColor(color: string | null): this {
    this.fontColor = color ?? undefined;
    return this;
  }
  setRanges(ranges: unknown[]): this {
    this.ranges = ranges.map((r) => unwrap(r) as FakeRange);
    return this;
  }
  build(): FakeConditionalFormatRule {
    const { min, mid, max } = this.gradient;
    const gradient = min || mid || max;
    if (!this.formula && !gradient) throw new Error('Exception: A condition is required.');
    // A gradient needs both ends (the Sheets API's GradientRule: minpoint and maxpoint required).
    if (gradient && (!min || !max)) throw new Error('Exception: A gradient rule needs a minpoint and a maxpoint.');
    if (this.ranges.length === 0) throw new Error('Exception: A rule needs at least one range.');
    const ranges = this.ranges.map((r) => ({ sheet: r.sheet.name, box: { ...r.box } }));
    if (gradient) return new FakeConditionalFormatRule({ gradient: { min: min!, ...(mid ? { mid } : {}), max: max! }, ranges });
    return new FakeConditionalFormatRule({ formula: this.formula, background: this.background, fontColor: this.fontColor, ranges });
  }
}

export class FakeEmbeddedChart extends Counted {
  constructor(
    readonly model: ChartModel,
    readonly id: number,
  ) {
    super('EmbeddedChart', 'spreadsheet');
  }
  getChartId(): number {
    return this.id;
  }
  getRanges(): FakeRange[] {
    if (!this.sheetOf) throw new Error('fake: this chart was not read from a sheet');
    const sheet = this.sheetOf;
    return this.model.ranges.map((box) => new FakeRange(sheet.model, { ...box }, sheet.object));
  }
  /** A builder holding this chart's settings; its build() keeps the chart's id, for Sheet.updateChart. */
  modify(): FakeChartBuilder {
    if (!this.sheetOf) throw new Error('fake: this chart was not read from a sheet');
    return FakeChartBuilder.from(this.sheetOf.model, this.model, this.id);
  }
  /** Set by Sheet.getCharts: the sheet the chart is on. */
  sheetOf?: { model: SheetModel; object: () => Counted };
}

let nextChartId = 1;

/** Every colour an option sets (keys named color/colors/…Color), with its path. */
function colours(path: string, value: unknown): [string, unknown][] {
  const out: [string, unknown][] = [];
  const isColourKey = (k: string) => /(^c|C)olou?rs?$/.test(k);
  const walk = (p: string, key: string, v: unknown) => {
    if (isColourKey(key)) {
      if (Array.isArray(v)) v.forEach((c, i) => out.push([`${p}[${i}]`, c]));
      else if (v !== null && typeof v === 'object') out.push(...Object.entries(v).filter(([k]) => k === 'fill' || k === 'stroke').map(([k, c]) => [`${p}.${k}`, c] as [string, unknown]));
      else out.push([p, v]);
      return;
    }
    if (v !== null && typeof v === 'object') for (const [k, c] of Object.entries(v)) walk(`${p}.${k}`, k, c);
  };
  walk(path, path, value);
  return out;
}

/** sheet.newChart(), and the same object after asBarChart(). */
export class FakeChartBuilder extends Counted {
  private type: 'bar' | 'column' | null = null;
  private stacked = false;
  private hidden: ChartModel['hiddenDimensionStrategy'] = 'IGNORE_BOTH';
  private numHeaders: number | undefined;
  /** The id of the chart modify() started from: build() keeps it. */
  private id: number | undefined;
  private boxes: Box[] = [];
  private title = '';
  private readonly options: Record<string, unknown> = {};
  private anchor = { row: 1, col: 1 };

  constructor(private readonly sheet: SheetModel) {
    super('EmbeddedChartBuilder', 'builder');
  }

  /** The builder EmbeddedChart.modify() hands out: the chart's settings, its id kept. */
  static from(sheet: SheetModel, model: ChartModel, id: number): FakeChartBuilder {
    const b = new FakeChartBuilder(sheet);
    b.type = model.type;
    b.stacked = model.stacked;
    b.title = model.title;
    b.hidden = model.hiddenDimensionStrategy;
    b.numHeaders = model.numHeaders;
    b.boxes = model.ranges.map((r) => ({ ...r }));
    Object.assign(b.options, JSON.parse(JSON.stringify(model.options)));
    b.anchor = { ...model.anchor };
    b.id = id;
    return b;
  }

  asBarChart(): this {
    this.type = 'bar';
    return this;
  }
  asColumnChart(): this {
    this.type = 'column';
    return this;
  }
  clearRanges(): this {
    this.boxes = [];
    return this;
  }
  setHiddenDimensionStrategy(strategy: unknown): this {
    if (strategy !== 'IGNORE_BOTH' && strategy !== 'IGNORE_ROWS' && strategy !== 'IGNORE_COLUMNS' && strategy !== 'SHOW_BOTH') throw new Error('Exception: Invalid argument: strategy');
    this.hidden = strategy;
    return this;
  }
  setNumHeaders(headers: number): this {
    this.numHeaders = headers;
    return this;
  }
  setStacked(): this {
    this.stacked = true;
    return this;
  }
  setTitle(title: string): this {
    this.title = title;
    return this;
  }
  addRange(range: unknown): this {
    const r = unwrap(range);
    if (!(r instanceof FakeRange)) throw new Error('Exception: The parameters (Range) don’t match the method signature');
    if (r.sheet !== this.sheet) throw new Error('Exception: The chart’s ranges must be on its sheet.');
    this.boxes.push({ ...r.box });
    return this;
  }
  /**
   * Colours must be what Sheets draws: opaque RGB ("#rrggbb"). "The alpha value in the Color
   * object isn't generally supported"
   * (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/other#ColorStyle);
   * Sheets' chart editor offers no transparency, and an rgba(), #rrggbbaa or "transparent"
   * series is reported drawn in a default colour (issue 17). The fake refuses them rather than
   * let a test pass on a colour Sheets would not show.
   */
  setOption(option: string, value: unknown): this {
    for (const [path, colour] of colours(option, value)) {
      if (typeof colour !== 'string' || !/^#[0-9a-f]{6}$/i.test(colour)) throw new Error(`fake Sheets: ${path} = ${JSON.stringify(colour)} is not a colour Sheets charts draw (opaque #rrggbb only)`);
    }
    this.options[option] = JSON.parse(JSON.stringify(value));
    return this;
  }
  setPosition(row: number, col: number, _x: number, _y: number): this {
    this.anchor = { row, col };
    return this;
  }
  build(): FakeEmbeddedChart {
    if (!this.type) throw new Error('Exception: Chart type is required.');
    const model: ChartModel = {
      type: this.type,
      stacked: this.stacked,
      title: this.title,
      ranges: this.boxes.map((b) => ({ ...b })),
      options: { ...this.options },
      anchor: { ...this.anchor },
      hiddenDimensionStrategy: this.hidden,
      ...(this.numHeaders === undefined ? {} : { numHeaders: this.numHeaders }),
      id: this.id ?? nextChartId++,
    };
    return new FakeEmbeddedChart(model, model.id);
  }
}
