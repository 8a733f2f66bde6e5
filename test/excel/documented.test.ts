/**
 * The fake Excel where Microsoft's documentation or a public office-js issue says how Excel
 * behaves (issue 17); each behaviour names its source beside it in test/excel/fake.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { MIN_EXCEL_API } from '../../excel-addin/workbook/features';
import { codeOf } from './fake/errors';
import { CODES, FakeExcel, MANIFEST_EXCEL_API } from './fake';

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
