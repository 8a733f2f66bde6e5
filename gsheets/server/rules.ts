import { rangeRef, type CellRange, type ColorScalePlan, type ColorScalePoint, type ConditionalFormatPlan, type ValidationPlan, type ValidationRule } from '../../core/layout';
import type { ConditionalFormatRule, ConditionalFormatRuleBuilder, DataValidation, DataValidationBuilder, Range, Sheet, SpreadsheetService } from './sheetsApi';

/** Ranges fetched ahead or asked for in this run, by sheet and A1 reference. */
let fetched = new WeakMap<Sheet, Map<string, Range>>();

/**
 * A 1-based Range for a 0-based CellRange: one fetched ahead or already asked for in this run
 * (a range's values and formats share it: the history row), else a getRange.
 */
export function rangeOf(sheet: Sheet, r: CellRange): Range {
  const ref = rangeRef(r);
  const pool = poolOf(sheet);
  let range = pool.get(ref);
  if (!range) pool.set(ref, (range = sheet.getRange(r.top + 1, r.left + 1, r.bottom - r.top + 1, r.right - r.left + 1)));
  return range;
}

/** The ranges this run holds for a sheet. */
function poolOf(sheet: Sheet): Map<string, Range> {
  let pool = fetched.get(sheet);
  if (!pool) fetched.set(sheet, (pool = new Map()));
  return pool;
}

/**
 * The ranges of one sheet a run will ask for, fetched ahead as one RangeList (getRangeList and
 * getRanges, two calls whatever their number) when they are three or more: a sheet the run adds
 * asks for a range per protection, rule, chart series and block (issue 15). A handle, not a read.
 */
export function prefetchRanges(sheet: Sheet, ranges: readonly CellRange[]): void {
  const pool = poolOf(sheet);
  const refs = [...new Set(ranges.map((r) => rangeRef(r)))].filter((a1) => !pool.has(a1));
  if (refs.length < 3) return;
  const got = sheet.getRangeList(refs).getRanges();
  // One handle per reference, in order; should Sheets ever merge the list, each range is asked for alone.
  if (got.length !== refs.length) return;
  got.forEach((range, i) => pool.set(refs[i], range));
}

/** Forgets the ranges fetched ahead (a new run, or rows moved). */
export function forgetRanges(): void {
  fetched = new WeakMap();
}

/**
 * Data validation in Sheets' terms: native checkboxes for `boolean` (the value stays as typed:
 * no cell is set to FALSE), dropdown lists, and a minimum for counts. Each distinct rule is built
 * once per run; a source range on another tab is fetched once. Apps Script's builders are
 * mutable and build() returns a new, independent rule, so one builder serves every rule: each
 * require… replaces the criterion before the next build() (a call per rule saved).
 */
export class ValidationRules {
  private readonly built = new Map<string, DataValidation>();
  private builder: DataValidationBuilder | null = null;

  constructor(
    private readonly app: SpreadsheetService,
    private readonly sheetNamed: (name: string) => Sheet,
  ) {}

  rule(rule: ValidationRule): DataValidation {
    const key = JSON.stringify(rule);
    let done = this.built.get(key);
    if (done) return done;
    const b = (this.builder ??= this.app.newDataValidation());
    switch (rule.kind) {
      case 'boolean':
        b.requireCheckbox();
        break;
      case 'list':
        b.requireValueInList([...rule.values], true);
        break;
      case 'listFromRange':
        b.requireValueInRange(rangeOf(this.sheetNamed(rule.sheet), rule.range), true);
        break;
      case 'wholeNumber':
        b.requireNumberGreaterThanOrEqualTo(rule.min);
        break;
    }
    done = b.build();
    this.built.set(key, done);
    return done;
  }
}

/**
 * One sheet's validations as one setDataValidations over their bounding box: a grid with the
 * rule where planned and null elsewhere (the box lies inside the rows the plan sets up, on our
 * own tab).
 */
export function validationGrid(plans: readonly ValidationPlan[], rules: ValidationRules): { range: CellRange; grid: (DataValidation | null)[][] } | null {
  if (plans.length === 0) return null;
  const range = plans.slice(1).reduce<CellRange>(
    (a, p) => ({ top: Math.min(a.top, p.range.top), left: Math.min(a.left, p.range.left), bottom: Math.max(a.bottom, p.range.bottom), right: Math.max(a.right, p.range.right) }),
    { ...plans[0].range },
  );
  const grid: (DataValidation | null)[][] = [];
  for (let r = range.top; r <= range.bottom; r++) grid.push(new Array<DataValidation | null>(range.right - range.left + 1).fill(null));
  for (const p of plans) {
    const rule = rules.rule(p.rule);
    for (let r = p.range.top; r <= p.range.bottom; r++) for (let c = p.range.left; c <= p.range.right; c++) grid[r - range.top][c - range.left] = rule;
  }
  return { range, grid };
}

/**
 * Conditional fills as Sheets rules: the plan's formula is written for the range's top-left cell,
 * as Sheets reads a custom formula. One builder serves all of a sheet's rules (build() returns a
 * new rule and leaves the builder as it was): its ranges are set once per planned range, and the
 * font colour only when it changes, so each further rule costs its formula, fill and build.
 */
export function conditionalRules(app: SpreadsheetService, sheet: Sheet, plans: readonly ConditionalFormatPlan[]): ConditionalFormatRule[] {
  const out: ConditionalFormatRule[] = [];
  let b: ConditionalFormatRuleBuilder | null = null;
  let font: string | undefined;
  for (const cf of plans) {
    if (cf.rules.length === 0) continue;
    b ??= app.newConditionalFormatRule();
    b.setRanges([rangeOf(sheet, cf.range)]);
    for (const rule of cf.rules) {
      b.whenFormulaSatisfied(`=${rule.formula}`).setBackground(`#${rule.fill}`);
      if (rule.font !== font) {
        b.setFontColor(rule.font ? `#${rule.font}` : null);
        font = rule.font;
      }
      out.push(b.build());
    }
  }
  return out;
}

/**
 * Colour scales as Sheets' gradient rules. One builder serves a sheet's scales, as for the fills
 * above (build() leaves it as it was): each scale sets its range and its three points. Ends at
 * the range's lowest or highest number, or at a number; the midpoint at a number or a percentile.
 */
export function colorScaleRules(app: SpreadsheetService, sheet: Sheet, scales: readonly ColorScalePlan[]): ConditionalFormatRule[] {
  if (scales.length === 0) return [];
  const kind = (p: ColorScalePoint) => (p.at === 'percentile' ? app.InterpolationType.PERCENTILE : app.InterpolationType.NUMBER);
  const b = app.newConditionalFormatRule();
  return scales.map((cs) => {
    b.setRanges([rangeOf(sheet, cs.range)]);
    if (cs.low.at === 'lowest') b.setGradientMinpoint(`#${cs.low.color}`);
    else b.setGradientMinpointWithValue(`#${cs.low.color}`, kind(cs.low), String(cs.low.value));
    b.setGradientMidpointWithValue(`#${cs.mid.color}`, kind(cs.mid), String(cs.mid.value));
    if (cs.high.at === 'highest') b.setGradientMaxpoint(`#${cs.high.color}`);
    else b.setGradientMaxpointWithValue(`#${cs.high.color}`, kind(cs.high), String(cs.high.value));
    return b.build();
  });
}

/** A1 references of ranges, for a RangeList. */
export function a1List(ranges: readonly CellRange[]): string[] {
  return ranges.map((r) => rangeRef(r));
}
