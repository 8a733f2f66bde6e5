/// <reference types="office-js" />
import type { SheetSnapshot, SnapshotCell, WorkbookSnapshot } from '../../core/layout';
import { generateFreshFunnel, generateFunnel, setupWorkbook, type FunnelSummary, type SetupSummary } from '../../excel-addin/workbook';
import type { CellEdit, ScenarioHost } from '../scenarios/host';
import { FakeExcel, type FakeExcelOptions, type Scalar } from './fake';
import { hyperFormulaEvaluator } from './hyperformulaEvaluator';
import { EVALUATE_UP_TO_ROWS } from '../scenarios/host';

/** A snapshot cell as a user would have typed it into Excel. */
function typed(cell: SnapshotCell): unknown {
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (cell !== null && typeof cell === 'object') return `=${cell.formula}`;
  return cell;
}

/** Builds the fake workbook a snapshot describes: sheets, cells, and the user's tables. */
export function fakeFrom(snapshot: WorkbookSnapshot, options: FakeExcelOptions = {}): FakeExcel {
  const excel = new FakeExcel(options);
  for (const s of snapshot.sheets) {
    const sheet = excel.addSheet(s.name, s.rows.map((r) => r?.map(typed)));
    for (const t of s.tables) excel.addTable(sheet, t.name, t, t.totalsRow ?? false);
  }
  return excel;
}

/** Reads the fake's state straight from its model (not through our reader): formulas as formulas. */
export function snapshotOf(excel: FakeExcel): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = excel.model.sheets.map((s) => {
    const rows: SnapshotCell[][] = [];
    const height = Math.max(s.values.length, s.formulas.length);
    for (let r = 0; r < height; r++) {
      const width = Math.max(s.values[r]?.length ?? 0, s.formulas[r]?.length ?? 0);
      if (width === 0) continue;
      const row: SnapshotCell[] = [];
      for (let c = 0; c < width; c++) {
        const f = s.formula(r, c);
        const v: Scalar | undefined = s.value(r, c);
        row.push(f !== undefined ? { formula: f.slice(1) } : v ?? null);
      }
      rows[r] = row;
    }
    const tables = excel.model.tables.filter((t) => t.sheet === s).map((t) => ({ name: t.name, ...t.box, ...(t.showTotals ? { totalsRow: true } : {}) }));
    return { name: s.name, rows, tables };
  });
  return { sheets };
}

/** The Excel add-in's set-up and funnel, run against the fake as the pane's buttons run them. */
export class ExcelFakeHost implements ScenarioHost {
  readonly name = 'excel (fake)';
  excel: FakeExcel = new FakeExcel();
  readonly results: (SetupSummary | FunnelSummary)[] = [];

  constructor(private readonly options: FakeExcelOptions = {}) {}

  async load(initial: WorkbookSnapshot): Promise<void> {
    // Excel calculates formulas, and the funnel reads the level column it calculated. As in the
    // Sheets host, the large scenario (which checks what is written and what it costs, not what
    // it computes) is not calculated: 10 000 rows of the tabs' SUMPRODUCT lookups took HyperFormula
    // over ten minutes; the funnel then reads blank levels, which changes no request or round trip.
    const rows = Math.max(0, ...initial.sheets.map((s) => s.rows.length));
    this.excel = fakeFrom(initial, { ...(rows <= EVALUATE_UP_TO_ROWS ? { evaluate: hyperFormulaEvaluator() } : {}), ...this.options });
  }

  get context(): Excel.RequestContext {
    return this.excel.context as unknown as Excel.RequestContext;
  }

  async run(options: { lang?: 'zh' | 'en'; rep?: string; date: string }): Promise<void> {
    const requirements = this.excel.office.context.requirements;
    this.results.push(await setupWorkbook(this.context, { lang: options.lang, requirements }));
    this.results.push(await generateFunnel(this.context, { ...options, requirements }));
  }

  async funnel(options: { lang?: 'zh' | 'en'; rep?: string; date: string }): Promise<void> {
    this.results.push(await generateFreshFunnel(this.context, { ...options, requirements: this.excel.office.context.requirements }));
  }

  async edit(cells: readonly CellEdit[]): Promise<void> {
    for (const c of cells) {
      const sheet = this.excel.model.sheet(c.sheet);
      if (!sheet) throw new Error(`no sheet ${c.sheet}`);
      const v = typed(c.value);
      if (typeof v === 'string' && v.startsWith('=')) sheet.setCell(c.row, c.col, undefined, v);
      else sheet.setCell(c.row, c.col, v === null ? undefined : (v as Scalar), undefined);
    }
  }

  async read(): Promise<WorkbookSnapshot> {
    return snapshotOf(this.excel);
  }
}
