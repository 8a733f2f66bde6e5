/**
 * Read → plan → apply, as plain data. A host reads a WorkbookSnapshot in one batch, core turns
 * it into a Plan, the host applies the Plan in one batch. Nothing here holds a host object, so
 * tests compare plans and the same scenarios run against every host.
 */
import type { CellValue } from '../cells/cellValue';
import type { Lang } from '../methodology/bilingual';
import type { CellRange } from './a1';
import type { Funnel } from '../funnel';
import type { TrackerRefresh } from './trackerRefresh';
import type { Period } from '../cells/calendar';
import type { PeriodForecast } from './periods';
import type { AttentionList, ChangeSummary } from './movement';

// The workbook as read (WorkbookSnapshot and its parts) lives in snapshot.ts.
export * from './snapshot';

/** What a plan writes into one cell: a value, or a native formula (no leading "="). */
export type PlanCell = CellValue | { readonly formula: string; readonly result?: CellValue };

/**
 * Where one column of a block was copied from, verbatim: `rows[i]` is the source row of the
 * block's row i, or -1 where the value is not a plain copy (an amount parsed from text).
 */
export interface CopySource {
  /** Column within the block (0 = the block's first column). */
  readonly col: number;
  readonly sheet: string;
  readonly sourceCol: number;
  readonly rows: readonly number[];
}

/** A rectangle of cells written in one call; values[r][c] lands on (row + r, col + c). */
export interface CellBlock {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly values: readonly (readonly PlanCell[])[];
  /**
   * Columns whose values are copies of the tracker's cells. The values are in `values` all the
   * same; a host that can copy inside the workbook (Excel 1.9+) copies runs of consecutive source
   * rows instead of sending them, which keeps a 50 000-row set-up to one request.
   */
  readonly copies?: readonly CopySource[];
}

/**
 * A formula filled down a column, as fill-down does it: `formula` is the text for row `top`,
 * and each lower row gets it with relative row numbers moved (shiftRows). Hosts write it their
 * cheapest way: ExcelJS a shared formula, Excel and Sheets an R1C1 formula over the range.
 */
export interface FormulaFill {
  readonly sheet: string;
  readonly col: number;
  readonly top: number;
  readonly bottom: number;
  readonly formula: string;
  /**
   * What the formula gives on each row (top..bottom), as core computes it, where core knows:
   * written as the cell's cached value so viewers that do not calculate still show it.
   */
  readonly results?: readonly (CellValue | undefined)[];
}

/** A real table (Excel ListObject); `create: false` resizes one our earlier run made. */
export interface TablePlan {
  readonly sheet: string;
  readonly name: string;
  readonly range: CellRange;
  readonly columns: readonly string[];
  readonly create: boolean;
}

export type ValidationRule =
  | { readonly kind: 'list'; readonly values: readonly string[] }
  /** A dropdown whose options are cells of another range (e.g. the rubric tab). */
  | { readonly kind: 'listFromRange'; readonly sheet: string; readonly range: CellRange }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'wholeNumber'; readonly min: number };

export interface ValidationPlan {
  readonly sheet: string;
  readonly range: CellRange;
  readonly rule: ValidationRule;
}

/** Conditional fill where `formula` (written for the range's top-left cell) is true. */
export interface ConditionalFormatPlan {
  readonly sheet: string;
  readonly range: CellRange;
  readonly rules: readonly { readonly formula: string; readonly fill: string; readonly font?: string }[];
}

/**
 * A colour scale over numbers (Excel's 3-colour scale): each cell's fill runs from `low`'s colour
 * through `mid`'s to `high`'s by where its number lies between their points. A point is the
 * range's lowest or highest number, a fixed number, or a percentile (0-100) of the range's numbers.
 * Blank and text cells get no colour. Every host has it natively: the .xlsx a `colorScale` rule,
 * Excel `conditionalFormats.add(colorScale)` (1.6), Sheets a gradient rule.
 */
export interface ColorScalePoint {
  readonly at: 'lowest' | 'highest' | 'number' | 'percentile';
  /** The number or percentile; none for lowest and highest. */
  readonly value?: number;
  /** RGB hex, no '#'. */
  readonly color: string;
}

export interface ColorScalePlan {
  readonly sheet: string;
  readonly range: CellRange;
  readonly low: ColorScalePoint;
  readonly mid: ColorScalePoint;
  readonly high: ColorScalePoint;
}

/** A note on one cell (the full checklist question on its header): 0-based row and column. */
export interface CellNote {
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

export interface SheetLayoutPlan {
  readonly sheet: string;
  /** Rows and columns frozen at the top and left. */
  readonly freezeRows: number;
  readonly freezeCols: number;
  /** Column widths in characters, by 0-based column. */
  readonly widths: readonly number[];
  /** 0-based rows to hide (the marker row). */
  readonly hiddenRows: readonly number[];
  /** 0-based columns to hide (helper columns a run reads back: ColumnSpec.hidden). */
  readonly hiddenColumns?: readonly number[];
  /**
   * How the tab prints: landscape, one page wide, and `pagesTall` pages tall (0: as many as
   * needed). The .xlsx writes it (pageSetup with the fit-to-page flag that turns it on), Excel
   * sets the sheet's pageLayout; Sheets has no script API for print settings (see README).
   */
  readonly print?: { readonly pagesTall: number };
  /** Bold header cells, as ranges. */
  readonly headerRanges: readonly CellRange[];
  /**
   * Header cells whose text wraps inside the column (the milestone tab's K01–K22 questions), and
   * the header row's height in points that shows every line of them (headerWrap.ts estimates it).
   */
  readonly wrapHeaders?: { readonly range: CellRange; readonly height: number };
  /**
   * Notes on cells of the tab (each checklist question in full, with its milestone and buyer
   * stage, on its header). The .xlsx writes a comments part with its VML drawing, Sheets
   * setNotes; Excel adds notes where the host has them (ExcelApi 1.18), else none (the wrapped
   * header still shows the question).
   */
  readonly notes?: readonly CellNote[];
}

export interface NumberFormatPlan {
  readonly sheet: string;
  readonly range: CellRange;
  readonly format: string;
}

/**
 * The funnel chart. Hosts with a native funnel chart plot `values` by `categories`; others draw
 * a horizontal stacked bar of `spacer` (no fill) then `values`, which centres the bars.
 */
export interface FunnelChartPlan {
  readonly kind: 'funnel';
  readonly sheet: string;
  readonly title: string;
  readonly categories: CellRange;
  readonly values: CellRange;
  readonly spacer: CellRange;
  readonly valuesName: string;
  /** Where the chart sits: top-left cell and size in cells. */
  readonly anchor: CellRange;
  /** Cached numbers and labels, so a viewer that does not recalculate still draws the bars. */
  readonly cache: { readonly categories: readonly string[]; readonly values: readonly number[]; readonly spacer: readonly number[] };
}

/**
 * Clustered columns, one series per entry of `series`, by category: the forecast accuracy chart
 * (the forecast at each ended period's start beside the amount won in it). Its source is one
 * block: `categories` is its first column, each series' `values` a column to its right, row for
 * row. The block may sit in hidden columns: every host plots hidden cells for our charts.
 * `name` finds the chart again (Excel's chart name; the .xlsx and Sheets find it by its source).
 */
export interface ColumnsChartPlan {
  readonly kind: 'columns';
  readonly sheet: string;
  readonly name: string;
  readonly title: string;
  readonly categories: CellRange;
  readonly series: readonly { readonly name: string; readonly values: CellRange }[];
  readonly anchor: CellRange;
  readonly cache: { readonly categories: readonly string[]; readonly series: readonly (readonly number[])[] };
}

export type ChartPlan = FunnelChartPlan | ColumnsChartPlan;

export type TrackerField = 'opportunity' | 'customer' | 'rep' | 'amount' | 'expectedClose' | 'stage';

/** Where the team's own opportunity list is, and which column holds what (0-based). */
export interface TrackerMapping {
  readonly sheet: string;
  readonly table?: string;
  readonly headerRow: number;
  /** Last row of the list (inclusive); rows after the header up to here are read. */
  readonly lastRow: number;
  readonly columns: Readonly<Partial<Record<TrackerField, number>>>;
  /** The header text found for each mapped column, as the pane shows it. */
  readonly headers: Readonly<Partial<Record<TrackerField, string>>>;
}

export interface PlanWarning {
  readonly code: string;
  readonly zh: string;
  readonly en: string;
}

export interface Plan {
  readonly lang: Lang;
  readonly tracker: TrackerMapping | null;
  /** Sheets to add, in order, after the existing ones; `kind` says which of ours it is. */
  readonly addSheets: readonly { readonly name: string; readonly kind: string }[];
  /** Final name of each of our tabs, by kind (existing or added). */
  readonly tabs: Readonly<Record<string, string>>;
  readonly writes: readonly CellBlock[];
  /** Formula columns of the rows added; written after `writes`. */
  readonly fills: readonly FormulaFill[];
  readonly tables: readonly TablePlan[];
  readonly validations: readonly ValidationPlan[];
  readonly conditionalFormats: readonly ConditionalFormatPlan[];
  /** Colour scales (the intensity scores, the share of asks); applied after the conditional fills. */
  readonly colorScales?: readonly ColorScalePlan[];
  readonly layouts: readonly SheetLayoutPlan[];
  readonly numberFormats: readonly NumberFormatPlan[];
  readonly charts: readonly ChartPlan[];
  /** Opportunities added to our tabs by this run. */
  readonly addedOpportunities: number;
  readonly warnings: readonly PlanWarning[];
  /**
   * A funnel plan's funnel as its tab shows it (the rep in the filter cell, or the whole team),
   * computed by core while planning: what a host reports after the run without computing it again.
   */
  readonly funnel?: Funnel;
  /** A funnel plan's forecast by period of expected close, as its period table shows it (periods.ts). */
  readonly periods?: readonly PeriodForecast[];
  /**
   * The tab to show when the run is done: the funnel tab after a funnel run. Excel and Sheets
   * select it; an .xlsx keeps the sheet it opens on, since selecting another means editing the
   * user's sheet parts (their tabSelected), which pcss never does.
   */
  readonly activate?: string;
  /** A funnel plan's flagged deals (past due, stale, won before M6), from the rows it read once (movement.ts). */
  readonly attention?: AttentionList;
  /** A funnel plan's "since the last review": the changes recorded since the previous funnel run, this run's included (movement.ts). */
  readonly review?: ChangeSummary;
  /** A set-up plan's refresh of the rows our tabs already had, from the tracker (trackerRefresh.ts). */
  readonly refresh?: TrackerRefresh;
}

export interface SetupOptions {
  /** Tab names, headers and labels; detected from the workbook when absent. */
  readonly lang?: Lang;
  /** The user's confirmed or corrected mapping; detected when absent. */
  readonly mapping?: TrackerMapping;
  /**
   * The run's date, ISO yyyy-mm-dd (the host's today): the day new rows reach M0, what days at a
   * milestone count to, and the date of the changes recorded. Without it none are written.
   */
  readonly date?: string;
  /**
   * This run completes a first set-up that stopped before its end (Sheets' time limit): the
   * opportunities it adds are that set-up's, so none is recorded as new, as a first set-up done
   * in one run records none. What the tracker refresh changed is recorded as always.
   */
  readonly completesFirstSetup?: boolean;
}

export interface FunnelOptions {
  readonly lang?: Lang;
  /** Show one rep's funnel (the funnel tab's filter cell); all reps when absent. */
  readonly rep?: string;
  /** The snapshot date for the history row, ISO yyyy-mm-dd (the host passes today). */
  readonly date: string;
  /**
   * Compute from the checklist cells (default) or from the level column as the host calculated
   * it ('levels': the host read only the level, amount, rep and opportunity columns).
   */
  readonly source?: 'checklist' | 'levels';
  /** The periods of the period table; the quarter of `date` and the next, with their months, when absent. */
  readonly periods?: readonly Period[];
}
