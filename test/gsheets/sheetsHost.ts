import type { SheetSnapshot, SnapshotCell, TableSnapshot, WorkbookSnapshot } from '../../core/layout';
import type { CellEdit, ScenarioHost } from '../scenarios/host';
import { loadCodeJs, type CodeJs } from './codeJs';
import { FakeAppsScript, isDate, type Scalar, type SheetModel } from './fake';

/** A snapshot cell as a user would have put it in the sheet: formulas as "=…", the rest as it is. */
function typed(cell: SnapshotCell): Scalar | undefined {
  if (cell === null || cell === undefined || cell === '') return undefined;
  if (typeof cell === 'object' && !isDate(cell)) return `=${cell.formula}`;
  return cell as Scalar;
}

function put(sheet: SheetModel, r: number, c: number, cell: SnapshotCell): void {
  const v = typed(cell);
  const isFormula = typeof v === 'string' && v.startsWith('=');
  sheet.values.set(r, c, isFormula ? undefined : v);
  sheet.formulas.set(r, c, isFormula ? v : undefined);
}

/** The fake's state read straight from its model (not through our reader): formulas as formulas. */
export function snapshotOf(fake: FakeAppsScript): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = fake.book.sheets.map((s) => {
    const rows: SnapshotCell[][] = [];
    const { lastRow, lastCol } = s.extent();
    for (let r = 0; r <= lastRow; r++) {
      const row: SnapshotCell[] = [];
      let any = false;
      for (let c = 0; c <= lastCol; c++) {
        const v = s.content(r, c);
        if (v !== undefined && v !== '') any = true;
        row.push(v === undefined || v === '' ? null : typeof v === 'string' && v.startsWith('=') ? { formula: v.slice(1) } : v);
      }
      if (any) rows[r] = row;
    }
    const tables: TableSnapshot[] = fake.book.namedRanges.filter((n) => n.sheet === s).map((n) => ({ name: n.name, ...n.box }));
    return { name: s.name, rows, tables };
  });
  return { sheets };
}

import { EVALUATE_UP_TO_ROWS } from '../scenarios/host';

export interface RunResult {
  readonly action: 'setup' | 'funnel';
  readonly spreadsheetCalls: number;
  readonly builderCalls: number;
}

/**
 * The Sheets add-on run as its sidebar runs it, through the built Code.js in a vm, against the
 * fake. Sheets has no tables in Excel's sense: an initial workbook's tables become named ranges,
 * which the reader hands to core as tables and read() reports back.
 */
export class SheetsFakeHost implements ScenarioHost {
  readonly name = 'google sheets (fake, built Code.js)';
  fake = new FakeAppsScript();
  code: CodeJs = loadCodeJs(this.fake);
  readonly results: RunResult[] = [];

  async load(initial: WorkbookSnapshot): Promise<void> {
    // Sheets computes every formula, and so does the fake (HyperFormula); loading 10 000 rows of
    // SUMPRODUCT formulas into HyperFormula takes minutes on these machines, so the large
    // scenario (which checks what is written, not what it computes) reads formulas as "".
    const rows = Math.max(0, ...initial.sheets.map((s) => s.rows.length));
    this.fake = new FakeAppsScript({ locale: 'zh_CN', evaluate: rows <= EVALUATE_UP_TO_ROWS });
    for (const s of initial.sheets) {
      const sheet = this.fake.addSheet(s.name, []);
      sheet.maxRows = Math.max(1000, s.rows.length);
      sheet.maxColumns = Math.max(26, ...s.rows.map((r) => r?.length ?? 0));
      s.rows.forEach((row, r) => row?.forEach((cell, c) => put(sheet, r, c, cell)));
      // An Excel table becomes, in Sheets, a plain range the team may have named.
      for (const t of s.tables) this.fake.book.namedRanges.push({ name: t.name, sheet, box: { top: t.top, left: t.left, bottom: t.bottom, right: t.right } });
    }
    this.code = loadCodeJs(this.fake);
  }

  /** Calls one server function as google.script.run would, counting its Spreadsheet calls. */
  private action<T>(action: 'setup' | 'funnel', name: string, ...args: unknown[]): T {
    const before = this.fake.log.snapshot();
    const out = this.code.call<{ ok: boolean; value?: T; zh?: string; en?: string }>(name, ...args);
    const after = this.fake.log.snapshot();
    this.results.push({ action, spreadsheetCalls: after.spreadsheet - before.spreadsheet + after.builder - before.builder, builderCalls: after.builder - before.builder });
    if (!out.ok) throw new Error(`${name} failed: ${out.zh} / ${out.en}`);
    return out.value as T;
  }

  async run(options: { lang?: 'zh' | 'en'; rep?: string; date: string }): Promise<void> {
    this.action('setup', 'pcssSetup', { lang: options.lang ?? null, mapping: null });
    this.action('funnel', 'pcssFunnel', { lang: options.lang ?? null, rep: options.rep ?? null, date: options.date });
  }

  async funnel(options: { lang?: 'zh' | 'en'; rep?: string; date: string }): Promise<void> {
    this.action('funnel', 'pcssFunnel', { lang: options.lang ?? null, rep: options.rep ?? null, date: options.date });
  }

  async edit(cells: readonly CellEdit[]): Promise<void> {
    for (const c of cells) {
      const sheet = this.fake.book.sheet(c.sheet);
      if (!sheet) throw new Error(`no sheet ${c.sheet}`);
      put(sheet, c.row, c.col, c.value);
    }
  }

  async read(): Promise<WorkbookSnapshot> {
    return snapshotOf(this.fake);
  }
}
