/**
 * Stand-ins for what Microsoft's CDN serves (office.js), backed by the fake Excel: the built
 * task pane runs unchanged against them in Chromium. Also the test's hooks into the fake.
 */
import { FakeExcel } from './fake';
import { hyperFormulaEvaluator } from './hyperformulaEvaluator';

interface PaneTestHooks {
  excel: FakeExcel;
  seedTracker(rows: unknown[][]): void;
  /** The value of a cell, by sheet name and 0-based row and column. */
  cell(sheet: string, row: number, col: number): unknown;
  /** A rep ticks cells on a sheet: a row found by its first-column text, `count` cells from `col`. */
  tick(sheet: string, firstCell: string, col: number, count: number): void;
  sheetNames(): string[];
  /** Every sheet's values as the fake holds them (blank as null), for core to compute what the pane should show. */
  snapshot(): { sheets: { name: string; rows: unknown[][]; tables: [] }[] };
}

// Excel calculates formulas; the funnel reads the level column it calculated.
const excel = new FakeExcel({ hostVersion: '1.9', evaluate: hyperFormulaEvaluator() });

const hooks: PaneTestHooks = {
  excel,
  seedTracker(rows) {
    excel.addSheet('销售机会跟踪', rows);
  },
  cell(sheet, row, col) {
    return excel.model.sheets.find((s) => s.name === sheet)?.value(row, col);
  },
  tick(sheet, firstCell, col, count) {
    const s = excel.model.sheets.find((x) => x.name === sheet);
    if (!s) throw new Error(`no sheet ${sheet}`);
    for (let r = 0; r < s.values.length; r++) {
      if (s.value(r, 0) !== firstCell) continue;
      for (let c = col; c < col + count; c++) s.setCell(r, c, true, undefined);
      return;
    }
    throw new Error(`no row ${firstCell} on ${sheet}`);
  },
  sheetNames: () => excel.model.sheets.map((s) => s.name),
  snapshot: () => ({ sheets: excel.model.sheets.map((s) => ({ name: s.name, rows: s.values.map((row) => Array.from(row ?? [], (v) => v ?? null)), tables: [] })) }),
};

/** Office's dark theme (Dark Grey / Black), as Office.context.officeTheme gives it. */
const DARK_THEME = { bodyBackgroundColor: '#292929', bodyForegroundColor: '#FFFFFF', controlBackgroundColor: '#1F1F1F', controlForegroundColor: '#FFFFFF' };

const w = window as unknown as Record<string, unknown>;
w.pcssFake = hooks;
w.Office = {
  // The page seeds the workbook first, then calls pcssStart(): Office "becomes ready".
  onReady: (callback?: () => void) => {
    w.pcssStart = () => callback?.();
    return Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' });
  },
  context: { requirements: excel.requirements, displayLanguage: 'zh-CN', officeTheme: DARK_THEME },
};
w.Excel = { run: <T>(work: (context: unknown) => Promise<T>) => work(excel.context) };
w.CustomFunctions = { associate: () => undefined, Error: class extends Error {}, ErrorCode: { invalidValue: '#VALUE!' } };
