import { codeOf } from './fake/errors';
import { CODES, FakeExcel, PAYLOAD_LIMIT, r1c1ToA1 } from './fake';
import { hyperFormulaEvaluator } from './hyperformulaEvaluator';

function sheetWithData(excel = new FakeExcel()) {
  const model = excel.addSheet('Data', [['name', 'amount'], ['a', 1], ['b', 2]]);
  return { excel, model, ws: excel.context.workbook.worksheets.getItem('Data') };
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
    const { excel, ws } = sheetWithData(new FakeExcel({ hostVersion: '1.9', manifestVersion: '1.1' }));
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

  it('writes a sheet name in an address bare when Excel does (CJK too), quoted otherwise', async () => {
    const excel = new FakeExcel();
    const names = ['里程碑', 'Data_2', 'Q1 deals', '2027', 'B12', "Rep's"];
    for (const n of names) excel.addSheet(n, [['x']]);
    const ranges = names.map((n) => excel.context.workbook.worksheets.getItem(n).getRange('A1:B2').load('address'));
    await excel.context.sync();
    expect(ranges.map((r) => r.address)).toEqual(['里程碑!A1:B2', 'Data_2!A1:B2', "'Q1 deals'!A1:B2", "'2027'!A1:B2", "'B12'!A1:B2", "'Rep''s'!A1:B2"]);
  });
});

/** A checklist as reps tick it: three items, a count and a milestone by formula, and a summary on another sheet. */
function checklist(excel: FakeExcel) {
  excel.addSheet('里程碑', [
    ['机会', 'K01', 'K02', 'K03', '已勾选', '里程碑', '金额'],
    ['ERP', true, false, true, '=COUNTIF(B2:D2,TRUE)', '=IF(E2=3,"合格潜在客户","")', 500000],
    ['WMS', true, true, true, '=COUNTIF(B3:D3,TRUE())', '=IF(E3=3,"合格潜在客户","")', 300000],
  ]);
  excel.addSheet('汇总 2027', [
    ["=SUM('里程碑'!$G:$G)", '=里程碑!G2/0', '=COUNTIF(里程碑!$F:$F,"合格潜在客户")', '=E2>1', '=A1&"元"', '=Z9', '=#REF!A1', '=C1/A1*100'],
  ]);
  return { ms: excel.context.workbook.worksheets.getItem('里程碑'), summary: excel.context.workbook.worksheets.getItem('汇总 2027') };
}

describe('formula values in the fake Excel', () => {
  it('reads a formula cell\'s value as "" without an evaluator, as the fake always has', async () => {
    const excel = new FakeExcel();
    const { ms, summary } = checklist(excel);
    const row = ms.getRange('E2:F2').load('values,formulas');
    const totals = summary.getRange('A1:B1').load('values');
    await excel.context.sync();
    expect(row.values).toEqual([['', '']]);
    expect(row.formulas).toEqual([['=COUNTIF(B2:D2,TRUE)', '=IF(E2=3,"合格潜在客户","")']]);
    expect(totals.values).toEqual([['', '']]);
  });

  it('reads calculated values with an evaluator: numbers, text, booleans and errors as their text, across quoted and bare CJK sheet names and whole columns', async () => {
    const excel = new FakeExcel({ evaluate: hyperFormulaEvaluator() });
    const { ms, summary } = checklist(excel);
    const rows = ms.getRange('A2:G3').load('values');
    const totals = summary.getRange('A1:H1').load('values');
    await excel.context.sync();
    expect(rows.values).toEqual([
      ['ERP', true, false, true, 2, '', 500000],
      ['WMS', true, true, true, 3, '合格潜在客户', 300000],
    ]);
    // An empty cell's reference shows 0; a reference through a deleted sheet #REF!.
    expect(totals.values).toEqual([[800000, '#DIV/0!', 1, false, '800000元', 0, '#REF!', 0.000125]]);
  });

  it('pastes calculated values with copyFrom Values and an evaluator, and nothing for formulas without one', async () => {
    for (const evaluate of [hyperFormulaEvaluator(), undefined]) {
      const excel = new FakeExcel({ evaluate });
      const { ms } = checklist(excel);
      excel.office.context.requirements.isSetSupported('ExcelApi', '1.9');
      const copy = excel.context.workbook.worksheets.add('副本');
      copy.getRange('A1').copyFrom(ms.getRange('E2:G3'), 'Values');
      await excel.context.sync();
      const sheet = excel.model.sheet('副本')!;
      const cells = [0, 1].map((r) => [0, 1, 2].map((c) => [sheet.value(r, c), sheet.formula(r, c)]));
      expect(cells).toEqual(
        evaluate
          ? [
              [[2, undefined], ['', undefined], [500000, undefined]],
              [[3, undefined], ['合格潜在客户', undefined], [300000, undefined]],
            ]
          : [
              [[undefined, undefined], [undefined, undefined], [500000, undefined]],
              [[undefined, undefined], [undefined, undefined], [300000, undefined]],
            ],
      );
    }
  });

  it('recalculates after a write: a rep ticks the last item, and the milestone and summary follow in the same batch', async () => {
    const evaluate = hyperFormulaEvaluator();
    const excel = new FakeExcel({ evaluate });
    const { ms, summary } = checklist(excel);
    const before = ms.getRange('E2:F2').load('values');
    await excel.context.sync();
    expect(before.values).toEqual([[2, '']]);
    ms.getRange('C2').values = [[true]];
    const after = ms.getRange('E2:F2').load('values');
    const count = summary.getRange('C1').load('values');
    await excel.context.sync();
    expect(after.values).toEqual([[3, '合格潜在客户']]);
    expect(count.values).toEqual([[2]]);
  });

  it('loads the workbook into HyperFormula only when a formula value is read, and again only after a change', async () => {
    const evaluate = hyperFormulaEvaluator();
    const excel = new FakeExcel({ evaluate });
    const { ms } = checklist(excel);
    ms.getRange('A2:D3').load('values');
    await excel.context.sync();
    expect(evaluate.builds).toBe(0);
    ms.getRange('E2:F3').load('values');
    ms.getRange('E2:E3').load('values');
    await excel.context.sync();
    expect(evaluate.builds).toBe(1);
    ms.getRange('E2').load('values');
    await excel.context.sync();
    expect(evaluate.builds).toBe(1);
    excel.renameSheet('汇总 2027', 'Summary');
    ms.getRange('E2').load('values');
    await excel.context.sync();
    expect(evaluate.builds).toBe(2);
    ms.getRange('H1').values = [['note']];
    ms.getRange('E2').load('values');
    await excel.context.sync();
    expect(evaluate.builds).toBe(3);
  });

  it('counts formula cells as used in getUsedRange(valuesOnly), as Excel does', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Data', [['a'], [], [undefined, undefined, '=""']]);
    excel.office.context.requirements.isSetSupported('ExcelApi', '1.2');
    const used = excel.context.workbook.worksheets.getItem('Data').getUsedRange(true).load('address');
    await excel.context.sync();
    expect(used.address).toBe('Data!A1:C3');
  });
});

