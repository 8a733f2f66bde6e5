/** The fake behaves like Sheets where it bites, and counts what the script calls. */
import { counted } from './fake/calls';
import { FakeAppsScript } from './fake';
import { FakeSpreadsheet } from './fake/spreadsheet';

function app(fake = new FakeAppsScript()) {
  const g = fake.globalsFor() as { SpreadsheetApp: { getActiveSpreadsheet(): FakeSpreadsheet } };
  return { fake, ss: g.SpreadsheetApp.getActiveSpreadsheet() };
}

describe('the fake Sheets', () => {
  it('refuses a sheet name already taken, in any case, with Sheets’ message', () => {
    const { ss } = app();
    ss.insertSheet('里程碑');
    expect(() => ss.insertSheet('里程碑')).toThrow('A sheet with the name "里程碑" already exists. Please enter another name.');
    ss.insertSheet('Funnel');
    expect(() => ss.insertSheet('funnel')).toThrow(/already exists/);
  });

  it('gives a new sheet 1000 × 26 cells and refuses ranges outside them', () => {
    const { ss } = app();
    const sheet = ss.insertSheet('New');
    expect(() => sheet.getRange(1, 27, 1, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow(/outside the dimensions/);
    sheet.insertColumnsAfter(26, 7);
    expect(() => sheet.getRange(1, 33, 1, 1)).not.toThrow();
  });

  it('takes ranges by row and column (1-based) or in A1 notation', () => {
    const { fake, ss } = app();
    const sheet = ss.insertSheet('S');
    sheet.getRange('B3:C4').setValues([[1, 2], [3, 4]]);
    expect(sheet.getRange(3, 2, 2, 2).getValues()).toEqual([[1, 2], [3, 4]]);
    expect(fake.book.sheet('S')!.content(2, 1)).toBe(1);
  });

  it('refuses a grid whose shape is not the range’s', () => {
    const { ss } = app();
    const range = ss.insertSheet('S').getRange(1, 1, 2, 2);
    expect(() => range.setValues([[1, 2]])).toThrow('The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.');
    expect(() => range.setValues([[1], [2]])).toThrow(/number of columns/);
  });

  it('parses text on write as Sheets does, unless it is quoted; "=…" is a formula; dates are midnight in the spreadsheet’s time zone', () => {
    const { fake, ss } = app();
    ss.insertSheet('S')
      .getRange(1, 1, 1, 7)
      .setValues([['1,200', "'00123", '=A1*2', 'TRUE', '2027-03-01', '-abc', '李明']]);
    const s = fake.book.sheet('S')!;
    // Asia/Shanghai is UTC+8: the day starts at 16:00 UTC the day before.
    expect([0, 1, 2, 3, 4, 5, 6].map((c) => s.content(0, c))).toEqual([1200, '00123', '=A1*2', true, new Date(Date.UTC(2027, 1, 28, 16)), '=-abc', '李明']);
  });

  it('reads names that look like dates or errors as Sheets does: "Mar 5" and "May 2024" become dates, "#N/A" an error; an apostrophe keeps each as text', () => {
    const { fake, ss } = app();
    const range = ss.insertSheet('S').getRange(1, 1, 2, 4);
    range.setValues([
      ['Mar 5', 'May 2024', '#N/A', '=ISNA(C1)'],
      ["'Mar 5", "'May 2024", "'#N/A", '=ISNA(C2)'],
    ]);
    const [parsed, kept] = range.getValues();
    const year = new Date().getUTCFullYear();
    expect(parsed).toEqual([new Date(Date.UTC(year, 2, 4, 16)), new Date(Date.UTC(2024, 3, 30, 16)), '#N/A', true]);
    expect(fake.book.sheet('S')!.errors.get(0, 2)).toBe(true);
    expect(kept).toEqual(['Mar 5', 'May 2024', '#N/A', false]);
    expect(fake.book.sheet('S')!.errors.get(1, 2)).toBeUndefined();
  });

  it('computes formulas: getValues shows the result or the error text, never the formula; a reference to an empty cell shows ""', () => {
    const { ss } = app();
    const sheet = ss.insertSheet('S');
    sheet.getRange(1, 1, 1, 6).setValues([[2, 3, '=A1*B1', '=A1/0', '=Z99', '=SUMPRODUCT((A1:B1>2)*1)']]);
    expect(sheet.getRange(1, 1, 1, 6).getValues()).toEqual([[2, 3, 6, '#DIV/0!', '', 1]]);
    // A later write is seen by the next read.
    sheet.getRange(1, 1, 1, 1).setValues([[5]]);
    expect(sheet.getRange(1, 3, 1, 1).getValues()).toEqual([[15]]);
    expect(sheet.getRange(1, 3, 1, 1).getFormulas()).toEqual([['=A1*B1']]);
  });

  it('can leave formulas uncomputed (a formula cell reads as ""), for call counts over 50 000 rows', () => {
    const { ss } = app(new FakeAppsScript({ evaluate: false }));
    const sheet = ss.insertSheet('S');
    sheet.getRange(1, 1, 1, 2).setValues([[2, '=A1*2']]);
    expect(sheet.getRange(1, 1, 1, 2).getValues()).toEqual([[2, '']]);
  });

  it('refuses chart colours Sheets does not draw: transparent, rgba(), #rrggbbaa', () => {
    const { ss } = app();
    const builder = () => ss.insertSheet(`S${Math.random()}`).newChart().asBarChart();
    for (const colour of ['transparent', 'rgba(0,0,0,0)', '#1a73e800', 'none']) {
      expect(() => builder().setOption('series', { 0: { color: colour } })).toThrow(/not a colour Sheets charts draw/);
    }
    expect(() => builder().setOption('backgroundColor', 'transparent')).toThrow(/not a colour/);
    expect(() => builder().setOption('series', { 0: { color: '#ffffff' } }).setOption('backgroundColor', '#FFFFFF')).not.toThrow();
  });

  it('counts every call by class and method, builders apart', () => {
    const { fake, ss } = app();
    const sheet = ss.insertSheet('S');
    sheet.getRange(1, 1, 1, 1).setValues([[1]]);
    const g = fake.globalsFor() as { SpreadsheetApp: { newDataValidation(): { requireCheckbox(): { build(): unknown } } } };
    g.SpreadsheetApp.newDataValidation().requireCheckbox().build();
    const counts = fake.log.snapshot();
    expect(counts.byMethod).toMatchObject({ 'SpreadsheetApp.getActiveSpreadsheet': 1, 'Spreadsheet.insertSheet': 1, 'Sheet.getRange': 1, 'Range.setValues': 1, 'SpreadsheetApp.newDataValidation': 1 });
    expect(counts.spreadsheet).toBe(4);
    expect(counts.builder).toBe(3);
  });

  it('hands the script proxies and takes them back', () => {
    const fake = new FakeAppsScript();
    const proxy = counted(fake.log, new FakeSpreadsheet(fake.book));
    proxy.insertSheet('A');
    expect(fake.log.byMethod.get('Spreadsheet.insertSheet')).toBe(1);
  });

  it('gives each execution its own document lock: a second execution of the same user waits too', () => {
    const fake = new FakeAppsScript();
    const lockService = (fake.globalsFor('a') as { LockService: { getDocumentLock(): { tryLock(ms: number): boolean; hasLock(): boolean } } }).LockService;
    const menu = lockService.getDocumentLock();
    const sidebar = lockService.getDocumentLock();
    expect(menu.tryLock(100)).toBe(true);
    expect(sidebar.tryLock(100)).toBe(false);
    expect(sidebar.hasLock()).toBe(false);
  });

  it('returns no document lock where there is no containing document', () => {
    const fake = new FakeAppsScript({ documentLock: false });
    expect((fake.globalsFor() as { LockService: { getDocumentLock(): unknown } }).LockService.getDocumentLock()).toBeNull();
  });

  it('lets one user hold the document lock while another waits and fails', () => {
    const fake = new FakeAppsScript();
    const lockOf = (user: string) => (fake.globalsFor(user) as { LockService: { getDocumentLock(): { tryLock(ms: number): boolean; waitLock(ms: number): void; releaseLock(): void } } }).LockService.getDocumentLock();
    const a = lockOf('a');
    const b = lockOf('b');
    expect(a.tryLock(100)).toBe(true);
    expect(b.tryLock(100)).toBe(false);
    expect(() => b.waitLock(1000)).toThrow(/Lock timeout/);
    a.releaseLock();
    expect(b.tryLock(100)).toBe(true);
  });
});
