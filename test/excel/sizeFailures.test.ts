/**
 * What Excel is told when a run is too large for it, whole sentences from the one catalogue
 * (core/excelErrors.ts) in both languages, with the sheet, the rows and the limit named.
 */
import type { Plan } from '../../core/layout';
import { mapExcelError } from '../../excel-addin/workbook/errors';
import { preflight } from '../../excel-addin/workbook/preflight';
import type { ReadResult } from '../../excel-addin/workbook/reader';
import { tooMuchToRead } from '../../excel-addin/workbook/syncBatch';
import { FakeOfficeError } from './fake';

const plan = (row: number, rows: number): Plan =>
  ({
    lang: 'zh',
    tracker: null,
    addSheets: [],
    tabs: {},
    writes: [{ sheet: '里程碑', row, col: 0, values: Array.from({ length: rows }, () => ['x']) }],
    fills: [],
    tables: [],
    validations: [],
    conditionalFormats: [],
    layouts: [],
    numberFormats: [],
    charts: [],
    addedOpportunities: 0,
    warnings: [],
  }) as unknown as Plan;

const state = { snapshot: { sheets: [] }, protectedSheets: new Set(), workbookProtected: false, charts: new Map(), merged: new Map(), syncs: 2 } as unknown as ReadResult;

describe("Excel's size failures", () => {
  it('refuses, before writing, a plan that would take a tab past 1 048 576 rows, naming the tab and the rows', () => {
    expect(() => preflight(plan(1_048_570, 6), state)).not.toThrow();
    let error: { code?: string; zh?: string; en?: string } = {};
    try {
      preflight(plan(1_048_570, 7), state);
    } catch (e) {
      error = e as typeof error;
    }
    expect(error.code).toBe('EXCEL_PAST_ROW_LIMIT');
    expect(error.zh).toContain('“里程碑”需要 1048577 行,超过 Excel 的 1048576 行上限');
    expect(error.en).toContain('"里程碑" would need 1048577 rows, past Excel\'s limit of 1048576');
    expect(error.en).not.toMatch(/需要|超过/);
  });

  it('names the refused request in both languages', () => {
    const e = mapExcelError(new FakeOfficeError('RequestPayloadSizeLimitExceeded', '请求太大'), 'unchanged');
    expect(e.zh).toContain('超过 5 MB 的单次请求 (RequestPayloadSizeLimitExceeded)');
    expect(e.en).toContain('a single request over 5 MB (RequestPayloadSizeLimitExceeded)');
    expect(e.zh).not.toContain('请求太大');
  });

  it('says when even one row could not be read', () => {
    const e = tooMuchToRead() as unknown as { code: string; zh: string; en: string };
    expect(e.code).toBe('EXCEL_ROW_TOO_LARGE');
    expect(e.zh).toContain('Excel 无法返回一行的数据');
    expect(e.en).toContain('Excel could not return even one row');
  });
});
