/**
 * The fake Excel where Microsoft's documentation or a public office-js issue says how Excel
 * behaves (issue 17); each behaviour names its source beside it in test/excel/fake. Here the
 * API's contract: requirement sets, errors, too-large reads; the objects a run adds or meets:
 * documentedObjects.test.ts.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { MIN_EXCEL_API } from '../../excel-addin/workbook/features';
import { mapExcelError, type Added } from '../../excel-addin/workbook/errors';
import { AS_OF_CELL, FIRST_DATA_ROW, MS } from '../../core/layout';
import { detectFeatures, generateFunnel, readWorkbook, setupWorkbook } from '../../excel-addin/workbook';
import { codeOf } from './fake/errors';
import { CODES, FakeExcel, FakeOfficeError, MANIFEST_EXCEL_API } from './fake';
import { failure, fakeWith, zhTracker, openCount } from './support';

function sheetWithData(excel = new FakeExcel()) {
  const model = excel.addSheet('Data', [['name', 'amount'], ['a', 1], ['b', 2]]);
  return { excel, model, ws: excel.context.workbook.worksheets.getItem('Data') };
}

describe('requirement sets: what the manifest promises is what the fake and the add-in assume', () => {
  it('declares ExcelApi 1.9 beside the shared runtime in manifest.xml, as the fake and features.ts assume', () => {
    const manifest = readFileSync(join(__dirname, '../../manifest.xml'), 'utf8');
    const sets = [...manifest.matchAll(/<Set Name="([^"]+)" MinVersion="([^"]+)"\/>/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(sets).toEqual(expect.arrayContaining(['SharedRuntime 1.1', `ExcelApi ${MANIFEST_EXCEL_API}`]));
    expect(MIN_EXCEL_API).toBe(MANIFEST_EXCEL_API);
  });

  it('takes a column width up to 255 characters and refuses one past it (ExcelApi 1.2)', async () => {
    const { excel, model, ws } = sheetWithData();
    ws.getRange('A:A').format.columnWidth = 1342;
    await excel.context.sync();
    expect(model.widths.get(0)).toBe(1342);
    ws.getRange('B:B').format.columnWidth = 2000;
    expect(await codeOf(excel.context.sync())).toBe(CODES.invalidArgument);
    const old = sheetWithData(new FakeExcel({ hostVersion: '1.1', manifestVersion: '1.1' }));
    expect(await codeOf(() => (old.ws.getRange('A:A').format.columnWidth = 10))).toBe(CODES.apiNotFound);
  });

  it('refuses a validation rule over cells of which some already carry one (office-js issue 2594), and takes it once cleared', async () => {
    const { excel, model, ws } = sheetWithData();
    ws.getRange('B5:B10').dataValidation.rule = { wholeNumber: { formula1: 0, operator: 'GreaterThanOrEqualTo' } };
    await excel.context.sync();
    ws.getRange('B1:B10').dataValidation.rule = { list: { inCellDropDown: true, source: 'x,y' } };
    expect(await codeOf(excel.context.sync())).toBe(CODES.invalidArgument);
    ws.getRange('B1:B6').dataValidation.clear();
    await excel.context.sync();
    expect(model.validations.map((v) => v.box)).toEqual([{ top: 6, left: 1, bottom: 9, right: 1 }]);
    ws.getRange('B1:B6').dataValidation.rule = { list: { inCellDropDown: true, source: 'x,y' } };
    await excel.context.sync();
    expect(model.validations).toHaveLength(2);
  });
});

describe('errors: decided by their code, whatever language Excel writes the message in', () => {
  const zh = { displayLanguage: 'zh-CN' };
  /** A fresh 30-row set-up reads in three round trips (names; first rows; the tracker's columns), then writes. */
  const FIRST_WRITE = 3;

  it('words its error messages in Chinese when Office\'s display language is Chinese, with the same codes', async () => {
    const excel = new FakeExcel({ ...zh, payloadLimit: 100 });
    excel.addSheet('Data');
    excel.context.workbook.worksheets.getItem('Data').getRange('A1:A50').values = Array.from({ length: 50 }, () => ['x']);
    const e = await failure(excel.context.sync());
    expect(e.code).toBe(CODES.payloadTooLarge);
    expect(e.message).toBe('请求负载大小已超过限制。');
    expect(excel.office.context.displayLanguage).toBe('zh-CN');
  });

  it('says the workbook is protected when a user protects it after the read, in a Chinese Excel', async () => {
    const { excel, context, requirements } = fakeWith(zhTracker(30), zh);
    excel.beforeSync(FIRST_WRITE, () => (excel.model.protected = true));
    const e = await failure(setupWorkbook(context, { requirements }));
    expect(e.code).toBe('EXCEL_WORKBOOK_PROTECTED');
    expect(excel.model.sheets).toHaveLength(1);
  });

  it('names the protected sheet when a user protects one of our tabs after the read, in a Chinese Excel', async () => {
    const { excel, context, requirements } = fakeWith(zhTracker(30), zh);
    await setupWorkbook(context, { requirements });
    // A set-up that has only the milestone tab's day-count date to write (its cell was cleared)
    // writes there and adds no tab: with a sheet added in the same batch, only Excel's
    // errorLocation would tell a protected sheet from a protected workbook.
    excel.model.sheet('里程碑')!.setCell(AS_OF_CELL.row, AS_OF_CELL.col, undefined, undefined);
    excel.resetCounters();
    excel.beforeSync(FIRST_WRITE, () => (excel.model.sheet('里程碑')!.protected = true));
    const e = await failure(setupWorkbook(context, { requirements }));
    expect(e.code).toBe('EXCEL_PROTECTED');
    expect(e.message).toContain('“里程碑”');
  });

  it('names what a user added meanwhile when Excel says it already exists, in a Chinese Excel', async () => {
    const { excel, context, requirements } = fakeWith(zhTracker(30), zh);
    excel.beforeSync(FIRST_WRITE, () => excel.addSheet('销售强度'));
    const e = await failure(setupWorkbook(context, { requirements }));
    expect(e.code).toBe('EXCEL_CHANGED');
    expect(e.message).toContain('销售强度');
    expect(e.message).not.toContain('PCSS_');
  });

  it('maps each code to its message, never reading the words of Excel\'s', () => {
    const officeError = (code: string, errorLocation?: string) => new FakeOfficeError(code, '某种中文说明', errorLocation);
    const map = (code: string, location?: string, adds: Added[] = []) => mapExcelError(officeError(code, location), 'unchanged', { sheet: '漏斗', adds }).code;
    expect(map('AccessDenied', 'WorksheetCollection.add')).toBe('EXCEL_WORKBOOK_PROTECTED');
    expect(map('AccessDenied', undefined, [{ kind: 'sheet', name: '漏斗' }])).toBe('EXCEL_WORKBOOK_PROTECTED');
    expect(map('AccessDenied', 'Range.values')).toBe('EXCEL_PROTECTED');
    expect(map('MergedRangeConflict', 'TableCollection.add')).toBe('EXCEL_MERGED');
    expect(map('ItemAlreadyExists', 'Table.name')).toBe('EXCEL_CHANGED');
    expect(map('RequestPayloadSizeLimitExceeded')).toBe('EXCEL_TOO_MUCH_DATA');
    expect(map('ResponsePayloadSizeLimitExceeded')).toBe('EXCEL_TOO_MUCH_DATA');
    expect(map('InvalidOperationInCellEditMode')).toBe('EXCEL_CELL_EDIT');
    // An InvalidOperation whose English message spoke of a merge no longer passes for a merge conflict.
    expect(mapExcelError(new FakeOfficeError('InvalidOperation', 'Cannot merge'), 'unchanged').code).toBe('EXCEL_FAILED');
  });

  it('refuses a table over merged cells with MergedRangeConflict, which maps to the merged-cells message', async () => {
    const excel = new FakeExcel(zh);
    const model = excel.addSheet('Data', [['a', 'b'], [1, 2]]);
    model.merges.push({ top: 1, left: 0, bottom: 1, right: 1 });
    excel.context.workbook.worksheets.getItem('Data').tables.add('A1:B2', true);
    const e = await failure(excel.context.sync());
    expect(e.code).toBe(CODES.mergedRangeConflict);
    expect(mapExcelError(e, 'partial', { sheet: 'Data' }).code).toBe('EXCEL_MERGED');
  });
});

describe('too-large reads: every answer Excel gives to one is met by reading less at a time', () => {
  it('reads the workbook in pieces when Excel on the web answers GeneralException, and gets the same snapshot', async () => {
    const wb = zhTracker(800);
    const whole = fakeWith(wb);
    const expected = await readWorkbook(whole.context, detectFeatures(whole.requirements));
    const { excel, context, requirements } = fakeWith(wb, { responseLimit: 20_000, tooLargeCode: CODES.generalException });
    const read = await readWorkbook(context, detectFeatures(requirements), { budget: 15_000 });
    expect(read.snapshot).toEqual(expected.snapshot);
    expect(excel.syncs.filter((s) => s.responseBytes > 20_000).length).toBeGreaterThan(0);
  });

  it('sets up a tracker whose columns Excel refuses with GeneralException, reading them again smaller', async () => {
    const { excel, context, requirements } = fakeWith(zhTracker(3000), { responseLimit: 150_000, tooLargeCode: CODES.generalException });
    const summary = await setupWorkbook(context, { requirements, budget: 1_000_000 });
    expect(summary.opportunitiesAdded).toBe(3000);
    const ms = excel.model.sheet(summary.tabs.milestones)!;
    expect(ms.value(FIRST_DATA_ROW + 2999, MS.customer)).toBe(excel.model.sheet('销售机会跟踪')!.value(3 + 2999, 1));
  });

  it('returns values as null for a range past the cell limit, as Excel has been seen to (office-js 4783, 6781)', async () => {
    const excel = new FakeExcel({ cellLimit: 4 });
    excel.addSheet('Data', [['name', 'amount'], ['a', 1], ['b', 2]]);
    const range = excel.context.workbook.worksheets.getItem('Data').getRange('A1:B3').load('values');
    await excel.context.sync();
    expect(range.values).toBeNull();
  });

  it('reads in pieces, never crashing, when Excel returns values as null: the whole workbook, the tracker\'s columns, the funnel\'s', async () => {
    const wb = zhTracker(400);
    const whole = fakeWith(wb);
    const expected = await readWorkbook(whole.context, detectFeatures(whole.requirements));
    const limited = fakeWith(wb, { cellLimit: 1000 });
    const read = await readWorkbook(limited.context, detectFeatures(limited.requirements));
    expect(read.snapshot).toEqual(expected.snapshot);

    const { excel, context, requirements } = fakeWith(wb, { cellLimit: 1000 });
    const summary = await setupWorkbook(context, { requirements });
    expect(summary.opportunitiesAdded).toBe(400);
    const funnel = await generateFunnel(context, { requirements, date: '2027-03-01' });
    expect(funnel.totals.count).toBe(openCount(zhTracker(400)));
    expect(excel.model.sheet(summary.tabs.milestones)!.value(FIRST_DATA_ROW + 399, MS.customer)).toBe(excel.model.sheet('销售机会跟踪')!.value(3 + 399, 1));
  });
});
