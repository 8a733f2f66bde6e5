import { CODES, FakeExcel, PAYLOAD_LIMIT, r1c1ToA1 } from './fake';

function sheetWithData(excel = new FakeExcel()) {
  const model = excel.addSheet('Data', [['name', 'amount'], ['a', 1], ['b', 2]]);
  return { excel, model, ws: excel.context.workbook.worksheets.getItem('Data') };
}

async function codeOf(p: Promise<unknown> | (() => unknown)): Promise<string | undefined> {
  try {
    if (typeof p === 'function') p();
    else await p;
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return undefined;
}

describe('the fake Excel behaves like Excel where it bites', () => {
  it('refuses to read a property before load and sync', async () => {
    const { excel, ws } = sheetWithData();
    const range = ws.getRange('A1:B3');
    expect(await codeOf(() => range.values)).toBe(CODES.propertyNotLoaded);
    range.load('values');
    expect(await codeOf(() => range.values)).toBe(CODES.propertyNotLoaded);
    await excel.context.sync();
    expect(range.values).toEqual([['name', 'amount'], ['a', 1], ['b', 2]]);
    expect(await codeOf(() => range.address)).toBe(CODES.propertyNotLoaded);
  });

  it('refuses collection items before load and sync', async () => {
    const { excel } = sheetWithData();
    const sheets = excel.context.workbook.worksheets;
    expect(await codeOf(() => sheets.items)).toBe(CODES.propertyNotLoaded);
    sheets.load('items/name');
    await excel.context.sync();
    expect(sheets.items.map((s) => s.name)).toEqual(['Data']);
  });

  it('applies writes only at sync', async () => {
    const { excel, model, ws } = sheetWithData();
    ws.getRange('C1').values = [['new']];
    expect(model.value(0, 2)).toBeUndefined();
    await excel.context.sync();
    expect(model.value(0, 2)).toBe('new');
  });

  it('takes entered text as typing does: =, + or - a formula, numbers, booleans and dates parsed, an apostrophe forcing text', async () => {
    const { excel, model, ws } = sheetWithData();
    ws.getRange('C2:C5').values = [['=B2*2'], ["'=not a formula"], ['-B2'], ["'+86 138"]];
    await excel.context.sync();
    expect(model.formula(1, 2)).toBe('=B2*2');
    expect(model.value(2, 2)).toBe('=not a formula');
    expect(model.formula(3, 2)).toBe('=-B2');
    expect(model.value(4, 2)).toBe('+86 138');
    ws.getRange('D1:D4').values = [['00123'], ['TRUE'], ['2027-02-14'], ["'00123"]];
    await excel.context.sync();
    expect([0, 1, 2, 3].map((r) => model.value(r, 3))).toEqual([123, true, 46432, '00123']);
  });

  it('fills one R1C1 formula down a range, adjusting relative references', async () => {
    const { excel, model, ws } = sheetWithData();
    excel.office.context.requirements.isSetSupported('ExcelApi', '1.2');
    ws.getRange('C2:C3').formulasR1C1 = '=RC[-1]*2+SUM(C2)';
    await excel.context.sync();
    expect([model.formula(1, 2), model.formula(2, 2)]).toEqual(['=B2*2+SUM($B:$B)', '=B3*2+SUM($B:$B)']);
    expect(r1c1ToA1("=IF(R[-1]C=\"RC\",'My RC sheet'!R1C1,C[1])", 4, 3)).toBe("=IF(D4=\"RC\",'My RC sheet'!$A$1,E:E)");
  });

  it('refuses an array whose size differs from the range', async () => {
    const { excel, ws } = sheetWithData();
    ws.getRange('A1:B2').values = [['only one row', 'x']];
    expect(await codeOf(excel.context.sync())).toBe(CODES.invalidArgument);
  });

  it('counts syncs and request bytes (UTF-8 JSON of the queued operations)', async () => {
    const { excel, ws } = sheetWithData();
    await excel.context.sync();
    ws.getRange('A1').values = [['销售']];
    await excel.context.sync();
    expect(excel.syncCount).toBe(2);
    expect(excel.syncs[0].requestBytes).toBe(2);
    expect(excel.syncs[1].requestBytes).toBeGreaterThan(6);
    const ascii = JSON.stringify([{ op: 'set', path: 'worksheets.getItem(Data).getRange(A1)', property: 'values', value: [['销售']] }]);
    expect(excel.syncs[1].requestBytes).toBe(ascii.length + 4);
  });

  it('refuses a request over 5 MB and applies none of it', async () => {
    const { excel, model, ws } = sheetWithData();
    ws.getRange('D1').values = [['small write first']];
    const rows = 60000;
    ws.getRange(`A10:A${9 + rows}`).values = Array.from({ length: rows }, () => ['x'.repeat(100)]);
    expect(await codeOf(excel.context.sync())).toBe(CODES.payloadTooLarge);
    expect(excel.syncs[0].requestBytes).toBeGreaterThan(PAYLOAD_LIMIT);
    expect(model.value(0, 3)).toBeUndefined();
    expect(model.value(9, 0)).toBeUndefined();
  });

  it('refuses a response over its limit and delivers none of the loaded values', async () => {
    const { excel, ws } = sheetWithData(new FakeExcel({ responseLimit: 30 }));
    const small = ws.getRange('A1').load('values');
    const large = ws.getRange('A1:B3').load('values');
    expect(await codeOf(excel.context.sync())).toBe(CODES.responseTooLarge);
    expect(await codeOf(() => small.values)).toBe(CODES.propertyNotLoaded);
    expect(await codeOf(() => large.values)).toBe(CODES.propertyNotLoaded);
  });

  it('refuses a second sheet of the same name, whatever its case', async () => {
    const { excel } = sheetWithData();
    excel.context.workbook.worksheets.add('DATA');
    expect(await codeOf(excel.context.sync())).toBe(CODES.itemAlreadyExists);
    expect(excel.model.sheets.map((s) => s.name)).toEqual(['Data']);
  });

  it('refuses a second table of the same name in the workbook', async () => {
    const { excel, model } = sheetWithData();
    excel.addTable(model, 'Deals', { top: 0, left: 0, bottom: 2, right: 1 });
    const other = excel.context.workbook.worksheets.add('Other');
    other.getRange('A1:B1').values = [['h1', 'h2']];
    other.tables.add('A1:B3', true).name = 'deals';
    expect(await codeOf(excel.context.sync())).toBe(CODES.itemAlreadyExists);
  });

  it('stops a failing batch where it fails, keeping what came before (no rollback)', async () => {
    const { excel, model, ws } = sheetWithData();
    ws.getRange('D1').values = [['before']];
    excel.context.workbook.worksheets.getItem('Missing').getRange('A1').values = [['x']];
    ws.getRange('D2').values = [['after']];
    expect(await codeOf(excel.context.sync())).toBe(CODES.itemNotFound);
    expect(model.value(0, 3)).toBe('before');
    expect(model.value(1, 3)).toBeUndefined();
  });

  it('refuses writes to a protected sheet, and every batch in cell-edit mode', async () => {
    const { excel, model, ws } = sheetWithData();
    model.protected = true;
    ws.getRange('C1').values = [['x']];
    expect(await codeOf(excel.context.sync())).toBe(CODES.accessDenied);
    model.protected = false;
    excel.model.cellEditMode = true;
    ws.getRange('C1').load('values');
    expect(await codeOf(excel.context.sync())).toBe(CODES.cellEditMode);
  });

  it('refuses a member newer than the manifest unless isSetSupported was asked first', async () => {
    const { excel, ws } = sheetWithData(new FakeExcel({ hostVersion: '1.9' }));
    expect(await codeOf(() => ws.freezePanes)).toBe(CODES.unguarded);
    expect(excel.office.context.requirements.isSetSupported('ExcelApi', '1.7')).toBe(true);
    expect(await codeOf(() => ws.freezePanes.freezeRows(2))).toBeUndefined();
    expect(await codeOf(() => ws.getRange('A1').dataValidation)).toBe(CODES.unguarded);
  });

  it('has no member newer than the host, even when asked (the funnel chart before 1.9)', async () => {
    const { excel, ws } = sheetWithData(new FakeExcel({ hostVersion: '1.8' }));
    expect(excel.office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(false);
    expect(await codeOf(() => ws.charts.add('Funnel', ws.getRange('A1:B3'), 'Columns'))).toBe(CODES.apiNotFound);
    expect(await codeOf(() => ws.charts.add('BarClustered', ws.getRange('B1:B3'), 'Columns'))).toBeUndefined();
  });

  it('refuses to change part of a merged cell', async () => {
    const { excel, model, ws } = sheetWithData();
    model.merges.push({ top: 0, left: 0, bottom: 0, right: 1 });
    ws.getRange('B1:C1').values = [['x', 'y']];
    expect(await codeOf(excel.context.sync())).toBe(CODES.invalidOperation);
  });
});
