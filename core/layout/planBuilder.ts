import type { MethodError } from '../errors';
import type { Lang } from '../methodology/bilingual';
import type { CellRange } from './a1';
import type { ColumnSpec, LayoutContext } from './columns';
import { HEADER_ROW, MARKER_ROW, markerText, type TabKind } from './tabs';
import { headerHeight } from './headerWrap';
import type {
  CellBlock,
  ChartPlan,
  ColorScalePlan,
  ConditionalFormatPlan,
  FormulaFill,
  NumberFormatPlan,
  Plan,
  PlanWarning,
  SheetLayoutPlan,
  TablePlan,
  TrackerMapping,
  ValidationPlan,
} from './types';

/** Collects a plan's parts while tab builders run; `build` freezes it into plain data. */
export class PlanBuilder {
  readonly addSheets: { name: string; kind: string }[] = [];
  readonly writes: CellBlock[] = [];
  readonly fills: FormulaFill[] = [];
  readonly tables: TablePlan[] = [];
  readonly validations: ValidationPlan[] = [];
  readonly conditionalFormats: ConditionalFormatPlan[] = [];
  readonly colorScales: ColorScalePlan[] = [];
  readonly layouts: SheetLayoutPlan[] = [];
  readonly numberFormats: NumberFormatPlan[] = [];
  readonly charts: ChartPlan[] = [];
  readonly warnings: PlanWarning[] = [];
  addedOpportunities = 0;

  constructor(readonly ctx: LayoutContext) {}

  warn(error: MethodError): void {
    this.warnings.push({ code: error.code, zh: error.zh, en: error.en });
  }

  /** The marker row, the header row, widths, frozen header: what every new tab of ours gets. */
  newTab(kind: TabKind, columns: readonly ColumnSpec[], freezeCols = 0): void {
    const sheet = this.ctx.tabs[kind];
    this.addSheets.push({ name: sheet, kind });
    this.writes.push({ sheet, row: MARKER_ROW, col: 0, values: [[markerText(kind, this.ctx.lang)]] });
    this.writes.push({ sheet, row: HEADER_ROW, col: 0, values: [columns.map((c) => c.header[this.ctx.lang])] });
    const lang = this.ctx.lang;
    const wrapped = columns.flatMap((c, i) => (c.wrap ? [i] : []));
    const notes = columns.flatMap((c, col) => (c.note ? [{ row: HEADER_ROW, col, text: c.note[lang] }] : []));
    this.layouts.push({
      sheet,
      freezeRows: HEADER_ROW + 1,
      freezeCols,
      widths: columns.map((c) => c.width),
      hiddenRows: [MARKER_ROW],
      hiddenColumns: columns.flatMap((c, i) => (c.hidden ? [i] : [])),
      print: { pagesTall: 0 },
      headerRanges: [{ top: HEADER_ROW, bottom: HEADER_ROW, left: 0, right: columns.length - 1 }],
      ...(wrapped.length > 0
        ? {
            wrapHeaders: {
              range: { top: HEADER_ROW, bottom: HEADER_ROW, left: wrapped[0], right: wrapped[wrapped.length - 1] },
              height: headerHeight(wrapped.map((i) => ({ text: columns[i].header[lang], width: columns[i].width })), lang),
            },
          }
        : {}),
      ...(notes.length > 0 ? { notes } : {}),
    });
  }

  /** Each column's dropdown and number format over rows top..bottom. */
  columnRules(sheet: string, columns: readonly ColumnSpec[], top: number, bottom: number): void {
    if (bottom < top) return;
    columns.forEach((c, col) => {
      const range: CellRange = { top, bottom, left: col, right: col };
      if (c.validation) this.validations.push({ sheet, range, rule: c.validation(this.ctx) });
      if (c.format) this.numberFormats.push({ sheet, range, format: c.format });
    });
  }

  build(lang: Lang, tracker: TrackerMapping | null): Plan {
    return {
      lang,
      tracker,
      addSheets: this.addSheets,
      tabs: this.ctx.tabs,
      writes: this.writes,
      fills: this.fills,
      tables: this.tables,
      validations: this.validations,
      conditionalFormats: this.conditionalFormats,
      ...(this.colorScales.length > 0 ? { colorScales: this.colorScales } : {}),
      layouts: this.layouts,
      numberFormats: this.numberFormats,
      charts: this.charts,
      addedOpportunities: this.addedOpportunities,
      warnings: this.warnings,
    };
  }
}
