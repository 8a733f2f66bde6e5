import { codeOf } from './fake/errors';
import { CODES, FakeExcel, renameSheetIn } from './fake';
import { hyperFormulaEvaluator } from './hyperformulaEvaluator';

/** A workbook whose manifest asked for ExcelApi 1.4 already, as code using names.add must. */
function workbook(options: ConstructorParameters<typeof FakeExcel>[0] = {}) {
  const excel = new FakeExcel(options);
  excel.addSheet('里程碑', [['机会', '金额'], ['ERP', 100], ['WMS', 250]]);
  excel.addSheet('Data', [['=SUM(里程碑!$B:$B)']]);
  excel.office.context.requirements.isSetSupported('ExcelApi', '1.4');
  return { excel, names: excel.context.workbook.names, ws: excel.context.workbook.worksheets.getItem('里程碑') };
}

describe('defined names in the fake Excel behave like workbook.names', () => {
  it('adds a name for a Range or for an address, and reads back its name, type, address and visibility after sync', async () => {
    const { excel, names, ws } = workbook();
    names.add('Header', ws.getRange('A1'));
    names.add('Amounts', "='里程碑'!$B$2:$B$3", '合同金额');
    names.add('Column_AB', '里程碑!$AB:$AB');
    names.load('items/name,items/value,items/type,items/visible');
    await excel.context.sync();
    expect(names.items.map((n) => [n.name, n.type, n.value, n.visible])).toEqual([
      ['Header', 'Range', '里程碑!$A$1', true],
      ['Amounts', 'Range', '里程碑!$B$2:$B$3', true],
      ['Column_AB', 'Range', '里程碑!$AB:$AB', true],
    ]);
    expect(excel.model.names.map((n) => n.ref)).toEqual([
      { sheet: excel.model.sheet('里程碑'), row: 0, col: 0 },
      { sheet: excel.model.sheet('里程碑'), row: 1, col: 1, bottom: 2, right: 1 },
      { sheet: excel.model.sheet('里程碑'), row: 0, col: 27, bottom: 1048575, right: 27 },
    ]);
    expect(excel.names[1].comment).toBe('合同金额');
  });

  it('quotes the sheet in a name\'s value only when Excel would: spaces, punctuation, a leading digit, a cell-like name', async () => {
    const { excel, names } = workbook();
    for (const sheet of ['Q1 deals', '2027', 'A1', "Rep's", '销售_2027']) excel.addSheet(sheet);
    ['Q1 deals', '2027', 'A1', "Rep's", '销售_2027'].forEach((sheet, i) => names.add(`ref_${i}`, `'${sheet.replace(/'/g, "''")}'!$C$3`));
    names.load('items/value');
    await excel.context.sync();
    expect(names.items.map((n) => n.value)).toEqual(["'Q1 deals'!$C$3", "'2027'!$C$3", "'A1'!$C$3", "'Rep''s'!$C$3", '销售_2027!$C$3']);
  });

  it('refuses a name that is already there in any case, and changes nothing', async () => {
    const { excel, names, ws } = workbook();
    names.add('Total', ws.getRange('B2'));
    await excel.context.sync();
    names.add('TOTAL', ws.getRange('B3'));
    expect(await codeOf(excel.context.sync())).toBe(CODES.itemAlreadyExists);
    expect(excel.names.map((n) => [n.name, n.ref.row])).toEqual([['Total', 1]]);
  });

  it.each(['A1', 'xfd1048576', 'R1C1', 'rc', 'R', 'c', 'my name', '1st', '.dot', 'a-b', ''])('refuses the invalid name %j (InvalidArgument)', async (name) => {
    const { excel, names } = workbook();
    names.add(name, '里程碑!$A$1');
    expect(await codeOf(excel.context.sync())).toBe(CODES.invalidArgument);
    expect(excel.names).toEqual([]);
  });

  it.each(['_total', '\\path', '里程碑金额', 'A1B', 'Total.2027', 'ABCD1'])('accepts the valid name %j', async (name) => {
    const { excel, names } = workbook();
    names.add(name, '里程碑!$A$1');
    await excel.context.sync();
    expect(excel.names.map((n) => n.name)).toEqual([name]);
  });

  it('refuses a reference to a sheet that does not exist (InvalidArgument)', async () => {
    const { excel, names } = workbook();
    names.add('Lost', 'Nowhere!$A$1');
    expect(await codeOf(excel.context.sync())).toBe(CODES.invalidArgument);
  });

  it('gets a name or a null object, and reads nothing from the null object', async () => {
    const { excel, names, ws } = workbook();
    names.add('Total', ws.getRange('B2'));
    const found = names.getItemOrNullObject('total').load('name,value');
    const missing = names.getItemOrNullObject('Missing').load('name');
    expect(await codeOf(() => found.isNullObject)).toBe(CODES.propertyNotLoaded);
    await excel.context.sync();
    expect([found.isNullObject, found.name, found.value]).toEqual([false, 'Total', '里程碑!$B$2']);
    expect(missing.isNullObject).toBe(true);
    expect(await codeOf(() => missing.name)).toBe(CODES.invalidOperation);
    names.getItem('Missing').load('name');
    expect(await codeOf(excel.context.sync())).toBe(CODES.itemNotFound);
  });

  it('deletes a name; its proxy then refers to nothing', async () => {
    const { excel, names, ws } = workbook();
    const total = names.add('Total', ws.getRange('B2'));
    await excel.context.sync();
    total.delete();
    const after = names.getItemOrNullObject('Total');
    await excel.context.sync();
    expect(excel.names).toEqual([]);
    expect(after.isNullObject).toBe(true);
    total.delete();
    expect(await codeOf(excel.context.sync())).toBe(CODES.itemNotFound);
  });

  it('sets a name\'s visibility and comment at sync', async () => {
    const { excel, names, ws } = workbook();
    const total = names.add('Total', ws.getRange('B2'));
    total.visible = false;
    total.comment = '合计';
    expect(excel.names).toEqual([]);
    await excel.context.sync();
    expect([excel.names[0].visible, excel.names[0].comment]).toEqual([false, '合计']);
    names.load('items/visible');
    await excel.context.sync();
    expect(names.items[0].visible).toBe(false);
  });

  it('follows a renamed sheet: the value shows the new name, the range still resolves, formulas are rewritten', async () => {
    const { excel, names } = workbook();
    names.add('Amounts', '里程碑!$B$2:$B$3');
    await excel.context.sync();
    excel.renameSheet('里程碑', '里程碑 2');
    const amounts = names.getItem('Amounts').load('value,type');
    const range = names.getItem('Amounts').getRange().load('values,address');
    await excel.context.sync();
    expect([amounts.value, amounts.type]).toEqual(["'里程碑 2'!$B$2:$B$3", 'Range']);
    expect(range.address).toBe("'里程碑 2'!B2:B3");
    expect(range.values).toEqual([[100], [250]]);
    expect(excel.model.sheet('Data')!.formula(0, 0)).toBe("=SUM('里程碑 2'!$B:$B)");
  });

  it('shows #REF! once the sheet is deleted: type Error, no range, and formulas that referred to it say #REF!', async () => {
    const { excel, names } = workbook();
    names.add('Amounts', '里程碑!$B$2:$B$3');
    await excel.context.sync();
    excel.deleteSheet('里程碑');
    // A new sheet of the same name is not the one the name referred to.
    excel.addSheet('里程碑');
    const amounts = names.getItem('Amounts').load('value,type');
    const range = names.getItem('Amounts').getRangeOrNullObject().load('address');
    await excel.context.sync();
    expect([amounts.value, amounts.type]).toEqual(['#REF!', 'Error']);
    expect(range.isNullObject).toBe(true);
    expect(await codeOf(() => range.address)).toBe(CODES.invalidOperation);
    names.getItem('Amounts').getRange().load('address');
    expect(await codeOf(excel.context.sync())).toBe(CODES.invalidOperation);
    expect(excel.model.sheet('Data')!.formula(0, 0)).toBe('=SUM(#REF!$B:$B)');
  });

  it('gives the range of a name that still refers to cells', async () => {
    const { excel, names } = workbook();
    names.add('Amounts', '里程碑!$B$2:$B$3');
    const range = names.getItem('Amounts').getRangeOrNullObject().load('address,values');
    await excel.context.sync();
    expect([range.isNullObject, range.address, range.values]).toEqual([false, '里程碑!B2:B3', [[100], [250]]]);
  });

  it('refuses to read names, or a name\'s properties, before load and sync', async () => {
    const { excel, names, ws } = workbook();
    expect(await codeOf(() => names.items)).toBe(CODES.propertyNotLoaded);
    const total = names.add('Total', ws.getRange('B2'));
    expect(await codeOf(() => total.value)).toBe(CODES.propertyNotLoaded);
    names.load('items/name');
    expect(await codeOf(() => names.items)).toBe(CODES.propertyNotLoaded);
    await excel.context.sync();
    expect(names.items[0].name).toBe('Total');
    expect(await codeOf(() => names.items[0].value)).toBe(CODES.propertyNotLoaded);
    expect(await codeOf(() => total.value)).toBe(CODES.propertyNotLoaded);
  });

  it('counts a name\'s add in the request bytes and its loaded properties in the response', async () => {
    const { excel, names, ws } = workbook();
    names.add('合计', ws.getRange('B2'));
    names.load('items/name,items/value');
    await excel.context.sync();
    expect(excel.syncs[0].ops).toBe(2);
    expect(excel.syncs[0].requestBytes).toBeGreaterThan(JSON.stringify(['合计']).length);
    expect(excel.syncs[0].responseBytes).toBe(new TextEncoder().encode(JSON.stringify([[{ name: '合计', value: '里程碑!$B$2' }]])).length);
  });

  it('refuses add and the 1.4 members unless isSetSupported(ExcelApi 1.4) was asked, on a 1.1 manifest with a 1.13 host', async () => {
    const excel = new FakeExcel({ hostVersion: '1.13', manifestVersion: '1.1' });
    excel.addSheet('Data', [['x']]);
    const names = excel.context.workbook.names;
    expect(await codeOf(() => names.add('Total', 'Data!$A$1'))).toBe(CODES.unguarded);
    expect(await codeOf(() => names.getItemOrNullObject('Total'))).toBe(CODES.unguarded);
    expect(await codeOf(() => names.getItem('Total').delete())).toBe(CODES.unguarded);
    // The 1.1 members need no guard.
    names.load('items/name');
    await excel.context.sync();
    expect(names.items).toEqual([]);
    expect(excel.office.context.requirements.isSetSupported('ExcelApi', '1.4')).toBe(true);
    names.add('Total', 'Data!$A$1');
    await excel.context.sync();
    expect(excel.names.map((n) => n.name)).toEqual(['Total']);
  });

  it('has no names.add on a host older than ExcelApi 1.4', async () => {
    const excel = new FakeExcel({ hostVersion: '1.3' });
    expect(excel.office.context.requirements.isSetSupported('ExcelApi', '1.4')).toBe(false);
    expect(await codeOf(() => excel.context.workbook.names.add('Total', 'Data!$A$1'))).toBe(CODES.apiNotFound);
  });

  it('lets formulas use a defined name when an evaluator calculates them', async () => {
    const { excel, names } = workbook({ evaluate: hyperFormulaEvaluator() });
    names.add('Amounts', '里程碑!$B$2:$B$3');
    const data = excel.context.workbook.worksheets.getItem('Data');
    data.getRange('B1').values = [['=SUM(Amounts)*2']];
    const read = data.getRange('A1:B1').load('values');
    await excel.context.sync();
    expect(read.values).toEqual([[350, 700]]);
  });
});

describe('renaming a sheet rewrites references as Excel does', () => {
  it('renames quoted and bare references, any case, and leaves text and error literals alone', () => {
    expect(renameSheetIn("=SUM('old data'!A:A)+'OLD DATA'!B1&\"'old data'!C1\"", 'Old Data', '新数据')).toBe('=SUM(新数据!A:A)+新数据!B1&"\'old data\'!C1"');
    expect(renameSheetIn('=Deals!A1+deals!B2+#DIV/0!+Dealsx!C3', 'Deals', 'Won Deals')).toBe("='Won Deals'!A1+'Won Deals'!B2+#DIV/0!+Dealsx!C3");
    expect(renameSheetIn("=SUM('汇总 2027'!$B:$B)+汇总!A1", '汇总 2027', null)).toBe('=SUM(#REF!$B:$B)+汇总!A1');
  });
});
