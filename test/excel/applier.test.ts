import { FIRST_DATA_ROW, MS, findOurTabs, planSetup, runDay, shiftRows } from '../../core/layout';
import { generateFreshFunnel, generateFunnel, setupWorkbook, FUNNEL_CHART_NAME, type Progress } from '../../excel-addin/workbook';
import { widthInPoints } from '../../excel-addin/workbook/applier';
import { ACCURACY_CHART } from '../../core/layout/accuracyChart';
import { snapshotOf } from './excelHost';
import { cellsNotAsPlanned, failure, fakeWith, mergedTracker, officeError, openCount, planFor, zhTracker } from './support';

const DATE = { date: '2027-03-01' };

describe('the Excel applier', () => {
  it('writes every planned cell as planned, filling formula columns as one R1C1 value', async () => {
    const { excel, context, requirements } = fakeWith(zhTracker(120));
    const plan = planFor(excel);
    const summary = await setupWorkbook(context, { requirements });
    expect(cellsNotAsPlanned(excel, plan)).toEqual([]);
    expect(summary.opportunitiesAdded).toBe(120);
    expect(summary.tabsAdded).toEqual(plan.addSheets.map((s) => s.name));
    // Formulas and constant columns travel once per column, not once per cell.
    const fillCells = plan.fills.flatMap((f) => Array.from({ length: f.bottom - f.top + 1 }, (_, i) => shiftRows(f.formula, i)));
    const cellByCell = new TextEncoder().encode(JSON.stringify([plan.writes, fillCells])).length;
    expect(excel.maxRequestBytes).toBeLessThan(cellByCell / 3);
  });

  it('runs on an Excel with exactly ExcelApi 1.9, the manifest\'s floor, asking for nothing newer it does not guard', async () => {
    const { excel, context, requirements } = fakeWith(zhTracker(40), { hostVersion: '1.9' });
    const plan = planFor(excel);
    await setupWorkbook(context, { requirements });
    expect(cellsNotAsPlanned(excel, plan)).toEqual([]);
    excel.model.sheets[0].setCell(43, 0, '新机会', undefined);
    const again = await setupWorkbook(context, { requirements });
    expect(again.opportunitiesAdded).toBe(1);
    // Table.resize is ExcelApi 1.13: said, not used.
    expect(again.warnings.map((w) => w.code)).toContain('EXCEL_LIMITED');
    const funnel = await generateFunnel(context, { requirements, ...DATE });
    // The new row (no stage: open) and every row of the sample whose stage keeps it open.
    expect(funnel.totals.count).toBe(openCount(zhTracker(40), 1));
  });

  it('refuses an Excel below ExcelApi 1.9 (it cannot load the add-in), saying so in both languages, changing nothing', async () => {
    const { excel, context, requirements } = fakeWith(zhTracker(5), { hostVersion: '1.8' });
    const e = await failure(setupWorkbook(context, { requirements }));
    expect(e.code).toBe('EXCEL_FAILED');
    expect(e.message).toMatch(/ExcelApi 1\.9.*未做任何修改.*ExcelApi 1\.9.*Nothing in the workbook was changed/);
    expect(excel.syncCount).toBe(0);
  });

  it('keeps every column width within Excel\'s 255 characters', () => {
    expect(widthInPoints(10)).toBe(56.25);
    expect(widthInPoints(1000)).toBe(widthInPoints(255));
    expect(widthInPoints(-3)).toBe(widthInPoints(0));
    expect(widthInPoints(Number.NaN)).toBe(widthInPoints(0));
  });

  it('sets the dropdowns again over cells that already carry one (Excel refuses that unless cleared: office-js issue 2594)', async () => {
    const { excel, context, requirements } = fakeWith(zhTracker(30));
    await setupWorkbook(context, { requirements });
    const ms = excel.model.sheet('里程碑')!;
    // A user's own dropdown over rows the next run adds, in a checklist column.
    ms.validations.push({ box: { top: FIRST_DATA_ROW + 30, left: MS.checklist, bottom: FIRST_DATA_ROW + 40, right: MS.checklist }, rule: { list: { source: 'a,b' } } });
    for (let i = 0; i < 5; i++) excel.model.sheets[0].setCell(33 + i, 0, `新机会${i}`, undefined);
    const again = await setupWorkbook(context, { requirements });
    expect(again.opportunitiesAdded).toBe(5);
    const atNewRow = ms.validations.filter((v) => v.box.top <= FIRST_DATA_ROW + 32 && v.box.bottom >= FIRST_DATA_ROW + 32 && v.box.left <= MS.checklist && v.box.right >= MS.checklist);
    expect(atNewRow.map((v) => JSON.stringify(v.rule))).toEqual([expect.stringContaining('TRUE,FALSE')]);
  });

  it('makes real tables with a frozen header, widths, number formats, dropdowns and level colours', async () => {
    const { excel, context, requirements } = fakeWith(zhTracker(30));
    await setupWorkbook(context, { requirements });
    const ms = excel.model.sheet('里程碑')!;
    const table = excel.model.tables.find((t) => t.sheet === ms)!;
    expect(table.name).toBe('PCSS_Milestones');
    expect(table.box).toMatchObject({ top: 1, left: 0, bottom: FIRST_DATA_ROW + 29 });
    expect(table.columns[0]).toBe('机会名称');
    expect(ms.freeze).toEqual({ rows: 2, cols: 2 });
    expect(ms.hiddenRows.has(0)).toBe(true);
    expect(ms.widths.size).toBeGreaterThan(20);
    expect(ms.validations.some((v) => JSON.stringify(v.rule).includes('TRUE,FALSE'))).toBe(true);
    expect(ms.conditionalFormats.map((c) => c.fill)).toEqual(['#F2F2F2', '#FFF2CC', '#FCE4D6', '#DDEBF7', '#E2EFDA', '#C6E0B4', '#A9D08E']);
    expect(ms.numberFormats.some((f) => f.format === '#,##0')).toBe(true);
  });

  it('prints our tabs landscape and one page wide, the funnel tab on one page, and leaves the user\'s sheets as they print', async () => {
    const { excel, context, requirements } = fakeWith(zhTracker(30));
    await setupWorkbook(context, { requirements });
    await generateFunnel(context, { requirements, ...DATE });
    const ours = findOurTabs(snapshotOf(excel));
    for (const [kind, tab] of ours) {
      const print = excel.model.sheet(tab.sheet.name)!.print;
      expect([kind, print]).toEqual([kind, { orientation: 'Landscape', zoom: { horizontalFitToPages: 1, verticalFitToPages: kind === 'funnel' ? 1 : 0 } }]);
    }
    expect(excel.model.sheets[0].print).toBeNull();
  });

  it('changes nothing on a second run when nothing changed', async () => {
    const { excel, context, requirements } = fakeWith(zhTracker(50));
    await setupWorkbook(context, { requirements });
    const before = JSON.stringify(snapshotOf(excel));
    const again = await setupWorkbook(context, { requirements });
    expect(again.tabsAdded).toEqual([]);
    expect(again.opportunitiesAdded).toBe(0);
    expect(JSON.stringify(snapshotOf(excel))).toBe(before);
  });

  it('applies the set-up in the same number of syncs for 100 and 3 000 opportunities, at most 4', async () => {
    const syncs = [];
    for (const n of [100, 3000]) {
      const { excel, context, requirements } = fakeWith(zhTracker(n));
      const summary = await setupWorkbook(context, { requirements });
      expect(summary.syncs).toBe(excel.syncCount);
      syncs.push(summary.syncs);
    }
    expect(syncs[0]).toBe(syncs[1]);
    expect(syncs[0]).toBeLessThanOrEqual(4);
  });

  it('splits large writes into requests under the budget, never sending one Excel would refuse', async () => {
    const { excel, context, requirements } = fakeWith(zhTracker(3000));
    const budget = 40_000;
    await setupWorkbook(context, { requirements, budget });
    expect(excel.syncCount).toBeGreaterThan(4);
    expect(excel.syncs.slice(2).every((s) => s.requestBytes <= budget + 1000)).toBe(true);
    expect(cellsNotAsPlanned(excel, planSetup(zhTracker(3000)))).toEqual([]);
  });

  it('draws a native funnel chart on ExcelApi 1.9, once however often it runs', async () => {
    const { excel, context, requirements } = fakeWith(zhTracker(20));
    await setupWorkbook(context, { requirements });
    const first = await generateFunnel(context, { requirements, ...DATE });
    await generateFunnel(context, { requirements, date: '2027-03-08' });
    const funnel = excel.model.sheet(first.tabs.funnel)!;
    expect(funnel.charts.map((c) => [c.name, c.type])).toEqual([[FUNNEL_CHART_NAME, 'Funnel']]);
    expect(funnel.charts[0].series[0].xValues).toContain('AX7:AX12');
    expect(first.syncs).toBeLessThanOrEqual(3);
    expect(first.totals.count).toBe(openCount(zhTracker(20)));
  });

  it('plots the funnel from its hidden source columns (Excel plots only visible cells unless told)', async () => {
    const { excel, context, requirements } = fakeWith(zhTracker(20));
    await setupWorkbook(context, { requirements });
    const first = await generateFunnel(context, { requirements, ...DATE });
    const funnel = excel.model.sheet(first.tabs.funnel)!;
    expect([...funnel.hiddenCols]).toEqual(expect.arrayContaining([49, 50]));
    expect(funnel.charts[0].plotVisibleOnly).toBe(false);
    // A chart an earlier version drew keeps Excel's default: the next run turns it on.
    funnel.charts[0].plotVisibleOnly = true;
    await generateFunnel(context, { requirements, date: '2027-03-08' });
    expect(funnel.charts[0].plotVisibleOnly).toBe(false);
  });

  it('adds the forecast accuracy chart once a period has ended, and gives it each ended period after', async () => {
    const { excel, context, requirements } = fakeWith(zhTracker(20));
    await setupWorkbook(context, { requirements });
    const dec = await generateFunnel(context, { requirements, date: '2026-12-14' });
    const tab = excel.model.sheet(dec.tabs.funnel)!;
    expect(tab.charts.map((c) => c.name)).toEqual([FUNNEL_CHART_NAME]);
    await generateFunnel(context, { requirements, date: '2027-01-04' });
    const accuracy = () => tab.charts.find((c) => c.name === ACCURACY_CHART.name)!;
    // 2026-Q4 and December (recorded in December) have ended: two categories, the forecast at their start and the amount won, from the hidden block.
    expect(accuracy()).toMatchObject({ type: 'ColumnClustered', plotVisibleOnly: false });
    expect(accuracy().series.map((x) => x.values)).toEqual([expect.stringMatching(/!AU37:AU38$/), expect.stringMatching(/!AV37:AV38$/)]);
    expect(accuracy().series[0].xValues).toMatch(/!AT37:AT38$/);
    expect([45, 46, 47].every((c) => tab.hiddenCols.has(c))).toBe(true);
    const syncs = excel.syncCount;
    const april = await generateFunnel(context, { requirements, date: '2027-04-05' });
    // The same chart, now over the four ended periods recorded (2026-Q4, 2027-Q1, December, January; no run recorded February or March), in the same round trips.
    expect(tab.charts.filter((c) => c.name === ACCURACY_CHART.name)).toHaveLength(1);
    expect(accuracy().series[1].values).toMatch(/!AV37:AV40$/);
    expect(excel.syncCount - syncs).toBe(april.syncs);
    expect(april.syncs).toBeLessThanOrEqual(3);
  });

  it('appends one dated history row per funnel run and extends the history table', async () => {
    const { excel, context, requirements } = fakeWith(zhTracker(12));
    await setupWorkbook(context, { requirements });
    await generateFunnel(context, { requirements, ...DATE });
    const second = await generateFunnel(context, { requirements, date: '2027-03-08' });
    const history = excel.model.sheet(second.tabs.history)!;
    // Dates as dates: Excel reads the ISO day as a date, a day number.
    expect([history.value(2, 0), history.value(3, 0)]).toEqual([runDay('2027-03-01'), runDay('2027-03-08')]);
    expect(excel.model.tables.find((t) => t.sheet === history)!.box.bottom).toBe(3);
  });

  it('copies tracker text that Excel would take for a formula, a number or a date as text', async () => {
    const texts = ['=HYPERLINK("x")', '+86 138 0000 0000', '-暂定-', '00123', '2027-02-14'];
    const { excel, context, requirements } = fakeWith(zhTracker(5));
    texts.forEach((t, i) => excel.model.sheets[0].setCell(3 + i, 0, t, undefined));
    await setupWorkbook(context, { requirements });
    const ms = excel.model.sheet('里程碑')!;
    const got = texts.map((_, i) => [ms.value(FIRST_DATA_ROW + i, MS.opportunity), ms.formula(FIRST_DATA_ROW + i, MS.opportunity)]);
    expect(got).toEqual(texts.map((t) => [t, undefined]));
    const again = await setupWorkbook(context, { requirements });
    expect(again.opportunitiesAdded).toBe(0);
  });

  it('reports progress: read, plan, write, done', async () => {
    const { context, requirements } = fakeWith(zhTracker(5));
    const steps: Progress['step'][] = [];
    await setupWorkbook(context, { requirements, onProgress: (p) => steps.push(p.step) });
    expect([...new Set(steps)]).toEqual(['read', 'plan', 'write', 'done']);
  });
});

describe('the Excel applier when Excel says no', () => {
  it('stops before writing anything when one of our tabs is protected', async () => {
    const { excel, context, requirements } = fakeWith(zhTracker(10));
    await setupWorkbook(context, { requirements });
    excel.model.sheets[0].setCell(13, 0, '新机会', undefined);
    excel.model.sheets[0].setCell(13, 1, '新客户', undefined);
    excel.model.sheet('里程碑')!.protected = true;
    const before = JSON.stringify(snapshotOf(excel));
    const e = await failure(setupWorkbook(context, { requirements }));
    expect(e.code).toBe('EXCEL_PROTECTED');
    expect(e.message).toMatch(/^工作表“里程碑”受保护.*未做任何修改.* \/ the sheet "里程碑" is protected.*Nothing in the workbook was changed/);
    expect(JSON.stringify(snapshotOf(excel))).toBe(before);
  });

  it('refuses Generate funnel on a protected funnel tab before its refresh writes anything, though the tracker moved', async () => {
    const { excel, context, requirements } = fakeWith(zhTracker(10));
    const summary = await setupWorkbook(context, { requirements });
    const first = await generateFreshFunnel(context, { requirements, date: '2027-03-01' });
    // The tracker's title and blank row sit above its header: the first opportunity is on row 4.
    excel.model.sheets[0].setCell(3, 3, 777_777, undefined);
    excel.model.sheet(first.tabs.funnel)!.protected = true;
    const before = JSON.stringify(snapshotOf(excel));
    const e = await failure(generateFreshFunnel(context, { requirements, date: '2027-03-08' }));
    expect(e.code).toBe('EXCEL_PROTECTED');
    expect(e.message).toMatch(/未做任何修改.*Nothing in the workbook was changed/);
    expect(JSON.stringify(snapshotOf(excel))).toBe(before);
    expect(excel.model.sheet(summary.tabs.milestones)!.value(FIRST_DATA_ROW, MS.amount)).not.toBe(777_777);
  });

  it('stops before writing anything when the workbook structure is protected', async () => {
    const { excel, context, requirements } = fakeWith(zhTracker(10));
    excel.model.protected = true;
    const e = await failure(setupWorkbook(context, { requirements }));
    expect(e.code).toBe('EXCEL_WORKBOOK_PROTECTED');
    expect(excel.model.sheets).toHaveLength(1);
  });

  it('asks the user to leave cell-edit mode, with nothing changed', async () => {
    const { excel, context, requirements } = fakeWith(zhTracker(10));
    excel.model.cellEditMode = true;
    const e = await failure(setupWorkbook(context, { requirements }));
    expect(e.code).toBe('EXCEL_CELL_EDIT');
    expect(e.message).toContain('Enter');
    expect(excel.model.sheets).toHaveLength(1);
  });

  it('says when a failure left the set-up half done, and a second run completes it exactly', async () => {
    const snapshot = zhTracker(400);
    const clean = fakeWith(snapshot);
    await setupWorkbook(clean.context, { requirements: clean.requirements, budget: 30_000 });

    const { excel, context, requirements } = fakeWith(snapshot);
    excel.failSync(4, 3, officeError('GeneralException', 'The server is busy'));
    const e = await failure(setupWorkbook(context, { requirements, budget: 30_000 }));
    expect(e.code).toBe('EXCEL_FAILED');
    expect(e.message).toContain('Part of it was written');
    excel.failSync(-1, 0, new Error('no more faults'));
    await setupWorkbook(context, { requirements, budget: 30_000 });
    const ms = (x: typeof excel) => findOurTabs(snapshotOf(x)).get('milestones')!.sheet.rows.slice(FIRST_DATA_ROW).map((r) => r?.[MS.opportunity]);
    expect(ms(excel)).toEqual(ms(clean.excel));
  });

  it('refuses a tracker with merged cells in its rows, changing nothing', async () => {
    const { excel, setUp } = mergedTracker({ top: 5, left: 1, bottom: 6, right: 1 });
    const e = await failure(setUp());
    expect(e.code).toBe('EXCEL_TRACKER_MERGED');
    expect(e.message).toMatch(/^机会列表“销售机会跟踪”.*合并单元格.* \/ the opportunity list "销售机会跟踪" has merged cells/);
    expect(excel.model.sheets).toHaveLength(1);
  });

  it('accepts a merged title above the tracker header', async () => {
    const summary = await mergedTracker({ top: 0, left: 0, bottom: 0, right: 5 }).setUp();
    expect(summary.opportunitiesAdded).toBe(10);
  });

  it('refuses the funnel on a workbook not set up, changing nothing', async () => {
    const { excel, context, requirements } = fakeWith(zhTracker(3));
    const e = await failure(generateFunnel(context, { requirements, ...DATE }));
    expect(e.code).toBe('NOT_SET_UP');
    expect(excel.model.sheets).toHaveLength(1);
  });
});
