/**
 * The fake Excel where Microsoft's documentation or a public office-js issue says how Excel
 * treats the objects a run adds or meets (issue 17): merged areas, hidden names, the funnel
 * chart; and what the task pane page may load. Each behaviour names its source beside it in
 * test/excel/fake. The API's contract (requirement sets, errors, too-large reads): documented.test.ts.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { runDay } from '../../core/layout';
import { FUNNEL_CHART_NAME, detectFeatures, generateFunnel, readForInspect, setupWorkbook } from '../../excel-addin/workbook';
import { CHART_SOURCE_COL } from '../../excel-addin/workbook/applier';
import { codeOf } from './fake/errors';
import { CODES, FakeExcel } from './fake';
import { failure, fakeWith, mergedTracker, zhTracker, openCount } from './support';

describe('merged areas: asked only where they matter, from their own addresses, and never fatal', () => {
  /** A formatted report: `count` merged pairs of cells, two rows each. */
  function report(excel: FakeExcel, count: number): void {
    const sheet = excel.addSheet('月报', [['月度报告']]);
    for (let i = 0; i < count; i++) sheet.merges.push({ top: 2 + 2 * i, left: 0, bottom: 3 + 2 * i, right: 1 });
  }

  it('finds only the areas that start in the range asked, gives their top-left cells as its address and each whole through areas, and fails past 512', async () => {
    const excel = new FakeExcel();
    const model = excel.addSheet('Data', [['a', 'b', 'c']]);
    model.merges.push({ top: 0, left: 0, bottom: 4, right: 1 }, { top: 3, left: 3, bottom: 4, right: 4 });
    expect(excel.requirements.isSetSupported('ExcelApi', '1.13')).toBe(true);
    const ws = excel.context.workbook.worksheets.getItem('Data');
    const below = ws.getRange('A2:E5').getMergedAreasOrNullObject().load('address,areas/items/address');
    const all = ws.getRange('A1:E5').getMergedAreasOrNullObject().load('address,areas/items/address');
    await excel.context.sync();
    expect(below.areas.items.map((a) => a.address)).toEqual(['Data!D4:E5']);
    expect(all.address).toBe('Data!A1,Data!D4');
    expect(all.areas.items.map((a) => a.address)).toEqual(['Data!A1:B5', 'Data!D4:E5']);
    for (let i = 0; i < 513; i++) model.merges.push({ top: 10 + i, left: 0, bottom: 10 + i, right: 1 });
    ws.getRange().getMergedAreasOrNullObject().load('areas/items/address');
    expect(await codeOf(excel.context.sync())).toBe(CODES.generalException);
  });

  it('opens the pane, sets up and generates the funnel on a workbook whose report sheet has 600 merged areas', async () => {
    const { excel, context, requirements } = fakeWith(zhTracker(30));
    report(excel, 600);
    const info = await readForInspect(context, detectFeatures(requirements));
    expect(info.sheets.map((s) => s.name)).toContain('月报');
    const summary = await setupWorkbook(context, { requirements });
    expect(summary.opportunitiesAdded).toBe(30);
    const funnel = await generateFunnel(context, { requirements, date: '2027-03-01' });
    expect(funnel.totals.count).toBe(openCount(zhTracker(30)));
  });

  it('refuses a tracker whose rows a merge reaches into from above the header, seen from the area\'s own address', async () => {
    // A2:A6 starts above the header (row 3) and covers the first opportunities' names.
    const { excel, setUp } = mergedTracker({ top: 1, left: 0, bottom: 5, right: 0 });
    const e = await failure(setUp());
    expect(e.code).toBe('EXCEL_TRACKER_MERGED');
    expect(excel.model.sheets).toHaveLength(1);
  });

  it('ignores merged cells beside the tracker\'s columns', async () => {
    const summary = await mergedTracker({ top: 4, left: 8, bottom: 8, right: 9 }).setUp();
    expect(summary.opportunitiesAdded).toBe(10);
  });

  it('goes on, one round trip later, when the tracker\'s sheet has more merged areas than Excel will list', async () => {
    // The list in columns I:N, and 600 merged pairs of cells in A:D beside its rows, inside the range asked.
    const wb = zhTracker(300);
    const shifted = { sheets: wb.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => (r ? [...Array<null>(8).fill(null), ...r] : r)) })) };
    const plain = fakeWith(shifted);
    await setupWorkbook(plain.context, { requirements: plain.requirements });
    const { excel, context, requirements } = fakeWith(shifted);
    for (let r = 3; r < 303; r++) excel.model.sheets[0].merges.push({ top: r, left: 0, bottom: r, right: 1 }, { top: r, left: 2, bottom: r, right: 3 });
    const summary = await setupWorkbook(context, { requirements });
    expect(summary.opportunitiesAdded).toBe(300);
    expect(excel.syncCount).toBe(plain.excel.syncCount + 1);
  });

  it('generates the funnel when one of our tabs carries more merged areas than Excel will list', async () => {
    const { excel, context, requirements } = fakeWith(zhTracker(20));
    const summary = await setupWorkbook(context, { requirements });
    await generateFunnel(context, { requirements, date: '2027-03-01' });
    const history = excel.model.sheet(summary.tabs.history)!;
    for (let i = 0; i < 600; i++) history.merges.push({ top: 100 + i, left: 10, bottom: 100 + i, right: 11 });
    const again = await generateFunnel(context, { requirements, date: '2027-03-02' });
    expect(again.totals.count).toBe(openCount(zhTracker(20)));
    expect(history.value(3, 0)).toBe(runDay('2027-03-02'));
  });
});

describe('hidden names: hidden when added, since Excel will not hide one later (office-js 3878, 3949)', () => {
  it('hides a name through the item names.add returns, ignores visible = false on one got later, and shows one with visible = true', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Data', [['a']]);
    const names = excel.context.workbook.names;
    const added = names.add('Fresh', 'Data!$A$1');
    added.visible = false;
    excel.addName('Old', 'Data!$A$1');
    names.getItem('Old').visible = false;
    await excel.context.sync();
    const visible = (name: string) => excel.names.find((n) => n.name === name)!.visible;
    expect([visible('Fresh'), visible('Old')]).toEqual([false, true]);
    names.getItem('Fresh').visible = true;
    await excel.context.sync();
    expect(visible('Fresh')).toBe(true);
  });

  it('adds its anchors hidden, and replaces a broken one hidden too', async () => {
    const { excel, context, requirements } = fakeWith(zhTracker(20));
    const summary = await setupWorkbook(context, { requirements });
    expect(excel.names.filter((n) => n.name.startsWith('PCSS_')).every((n) => n.visible === false)).toBe(true);
    // A user points our milestone anchor elsewhere: the next run replaces it, hidden.
    const anchor = excel.names.find((n) => n.name === 'PCSS_milestones')!;
    anchor.ref = { sheet: excel.model.sheets[0], row: 4, col: 4 };
    anchor.visible = true;
    const funnel = await generateFunnel(context, { requirements, date: '2027-03-01' });
    expect(funnel.totals.count).toBe(openCount(zhTracker(20)));
    const replaced = excel.names.find((n) => n.name === 'PCSS_milestones')!;
    expect([replaced.ref.sheet.name, replaced.visible]).toEqual([summary.tabs.milestones, false]);
  });
});

describe('the funnel chart: one source range with its labels, named first, found again whatever became of its series', () => {
  it('refuses series edits on a Funnel chart (documented nowhere, so never relied on) and labels a chart from a first column of text', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Data', [['甲', 3], ['乙', 2]]);
    const ws = excel.context.workbook.worksheets.getItem('Data');
    const chart = ws.charts.add('Funnel', ws.getRange('A1:B2'), 'Columns');
    await excel.context.sync();
    expect(excel.model.sheets[0].charts[0].series).toEqual([{ values: 'Data!B1:B2', xValues: 'Data!A1:A2' }]);
    chart.series.getItemAt(0).setXAxisValues(ws.getRange('A1:A2'));
    expect(await codeOf(excel.context.sync())).toBe(CODES.invalidOperation);
  });

  it('builds the funnel chart from two hidden columns holding each milestone\'s label and count, with no series call', async () => {
    const { excel, context, requirements } = fakeWith(zhTracker(20));
    await setupWorkbook(context, { requirements });
    const result = await generateFunnel(context, { requirements, date: '2027-03-01' });
    const tab = excel.model.sheet(result.tabs.funnel)!;
    expect(tab.charts).toHaveLength(1);
    expect(tab.charts[0]).toMatchObject({ name: FUNNEL_CHART_NAME, type: 'Funnel', series: [{ xValues: expect.stringMatching(/!AX7:AX12$/), values: expect.stringMatching(/!AY7:AY12$/) }] });
    expect([tab.formula(6, CHART_SOURCE_COL), tab.formula(6, CHART_SOURCE_COL + 1)]).toEqual(['=A7', '=G7']);
    expect([tab.hiddenCols.has(CHART_SOURCE_COL), tab.hiddenCols.has(CHART_SOURCE_COL + 1)]).toEqual([true, true]);
  });

  it('finds our chart on a later run whatever became of its series, and adds no second one', async () => {
    const { excel, context, requirements } = fakeWith(zhTracker(20));
    await setupWorkbook(context, { requirements });
    const first = await generateFunnel(context, { requirements, date: '2027-03-01' });
    const tab = excel.model.sheet(first.tabs.funnel)!;
    tab.charts[0].series = [];
    await generateFunnel(context, { requirements, date: '2027-03-02' });
    expect(tab.charts.map((c) => c.name)).toEqual([FUNNEL_CHART_NAME]);
  });

  it('names the unnamed funnel chart an earlier version\'s run left on our tab, rather than adding another', async () => {
    const { excel, context, requirements } = fakeWith(zhTracker(20));
    await setupWorkbook(context, { requirements });
    const first = await generateFunnel(context, { requirements, date: '2027-03-01' });
    const tab = excel.model.sheet(first.tabs.funnel)!;
    tab.charts[0].name = 'Chart 1';
    await generateFunnel(context, { requirements, date: '2027-03-02' });
    expect(tab.charts.map((c) => [c.name, c.type])).toEqual([[FUNNEL_CHART_NAME, 'Funnel']]);
  });
});

describe('the task pane page', () => {
  it('sets no Content-Security-Policy, which could block what office.js loads (office-js issue 1005), and loads office.js from Microsoft\'s CDN first', () => {
    const html = readFileSync(join(__dirname, '../../excel-addin/taskpane.html'), 'utf8');
    expect(html).not.toMatch(/<meta[^>]+Content-Security-Policy/i);
    const scripts = [...html.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts[0]).toBe('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
  });
});
