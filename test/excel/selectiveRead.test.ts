/// <reference types="office-js" />
import { calendarDate, dayNumber } from '../../core/cells/calendar';
import { FIRST_DATA_ROW, FUNNEL, MS, evaluateMilestoneTab, findOurTabs, planSetup, runDay, type WorkbookSnapshot } from '../../core/layout';
import { detectFeatures, generateFreshFunnel, generateFunnel, readForInspect, setupWorkbook } from '../../excel-addin/workbook';
import { workbookInfo } from '../../core/report/summaries';
import { parseAmount } from '../../core/cells/amount';
import { snapshotOf } from './excelHost';
import { hyperFormulaEvaluator } from './hyperformulaEvaluator';
import { fakeWith, zhTracker, openCount } from './support';

const DATE = '2027-03-01';

/** Ticks reps entered: every third opportunity through K01–K05 (M1), every fifth through K01–K08 (M2). */
function tick(excel: ReturnType<typeof fakeWith>['excel'], sheet: string, count: number): void {
  const ms = excel.model.sheet(sheet)!;
  for (let i = 0; i < count; i++) {
    const items = i % 5 === 0 ? 8 : i % 3 === 0 ? 5 : 0;
    for (let k = 0; k < items; k++) ms.setCell(FIRST_DATA_ROW + i, MS.checklist + k, true, undefined);
  }
}

/**
 * What reading and copying cost does not depend on what Excel calculates: these 3 000-row set-ups
 * run without HyperFormula, which took minutes on the tabs' lookups at that size.
 */
const NOT_CALCULATED = { evaluate: undefined };

describe('the Excel host reads only what an action needs, in round trips that do not grow with the rows', () => {
  it('sets up a 3 000-row tracker with every response under a 400 kB cap, each row added equal to the tracker row', async () => {
    const { excel, context, requirements } = fakeWith(zhTracker(3000), { responseLimit: 400_000, ...NOT_CALCULATED });
    const summary = await setupWorkbook(context, { requirements, budget: 360_000 });
    expect(summary.opportunitiesAdded).toBe(3000);
    // Names, then every sheet's first rows, then the columns (in pieces under the limit), then one write.
    expect(excel.syncs.filter((s) => s.responseBytes > 400_000)).toEqual([]);
    expect(excel.maxResponseBytes).toBeLessThan(400_000);
    const after = snapshotOf(excel);
    const ms = after.sheets.find((s) => s.name === summary.tabs.milestones)!;
    const tracker = after.sheets.find((s) => s.name === '销售机会跟踪')!;
    // The rows added are the tracker's, cell for cell, though Excel copied them in place.
    for (const i of [0, 1, 1499, 2999]) {
      const source = tracker.rows[3 + i]!;
      const row = ms.rows[FIRST_DATA_ROW + i]!;
      expect([row[MS.opportunity], row[MS.customer], row[MS.rep], row[MS.expectedClose]]).toEqual([source[0], source[1], source[2], source[4]]);
      // Amounts typed as text ("64万") are parsed to numbers; numbers are copied as they are.
      expect(row[MS.amount]).toBe(parseAmount(source[3]));
    }
  });

  it('reads again in smaller pieces when Excel refuses a response its estimate thought would fit', async () => {
    const { excel, context, requirements } = fakeWith(zhTracker(3000), { responseLimit: 150_000, ...NOT_CALCULATED });
    const summary = await setupWorkbook(context, { requirements, budget: 1_000_000 });
    expect(summary.opportunitiesAdded).toBe(3000);
    const ms = excel.model.sheet(summary.tabs.milestones)!;
    expect(ms.value(FIRST_DATA_ROW + 2999, MS.customer)).toBe(excel.model.sheet('销售机会跟踪')!.value(3 + 2999, 1));
  });

  it('copies the tracker cells inside Excel: the write request is smaller than the opportunity names alone (beside the statuses it derives)', async () => {
    const tracker = zhTracker(3000);
    const { excel, context, requirements } = fakeWith(tracker, NOT_CALCULATED);
    await setupWorkbook(context, { requirements });
    const write = excel.syncs[excel.syncs.length - 1];
    const names = Buffer.byteLength(JSON.stringify(tracker.sheets[0].rows.slice(3).map((r) => r![0])));
    // The status of a closed deal comes from its stage's words (issue 13): derived, so sent, not copied.
    // What it derives and sends beside them: each new row's status, day reached and recorded code.
    const statuses = planSetup(tracker, { date: '2027-01-04' }).writes.filter((w) => (w.col === MS.status || w.col === MS.since || w.col === MS.recorded) && w.row >= FIRST_DATA_ROW);
    const derived = Buffer.byteLength(JSON.stringify(statuses.map((w) => w.values)));
    expect(write.requestBytes).toBeLessThan(names + derived);
    expect(excel.syncCount).toBe(4);
  });

  it('does not read the close dates it only copies, and still puts each on its row when blank rows break the runs', async () => {
    const snapshot = zhTracker(40);
    const rows = snapshot.sheets[0].rows as unknown[][];
    // Every fourth opportunity followed by a blank row: runs of one to four rows.
    const spaced = [...rows.slice(0, 3), ...rows.slice(3).flatMap((r, i) => (i % 4 === 0 ? [r, []] : [r]))];
    const { excel, context, requirements } = fakeWith({ sheets: [{ ...snapshot.sheets[0], rows: spaced as WorkbookSnapshot['sheets'][0]['rows'] }] });
    const summary = await setupWorkbook(context, { requirements });
    expect(summary.opportunitiesAdded).toBe(40);
    const ms = excel.model.sheet(summary.tabs.milestones)!;
    for (let i = 0; i < 40; i++) expect(ms.value(FIRST_DATA_ROW + i, MS.expectedClose)).toBe(rows[3 + i][4]);
  });

  it('copies the close dates of a handful of opportunities added by a re-run', async () => {
    const { excel, context, requirements } = fakeWith(zhTracker(20));
    const first = await setupWorkbook(context, { requirements });
    const tracker = excel.model.sheet('销售机会跟踪')!;
    const added = [
      ['新机会甲', '新客户甲', '李明', 100000, '2027-05-01'],
      ['新机会乙', '新客户乙', '王芳', 200000, '2027-06-15'],
    ];
    added.forEach((row, i) => row.forEach((v, c) => tracker.setCell(3 + 20 + i, c, v, undefined)));
    const second = await setupWorkbook(context, { requirements });
    expect(second.opportunitiesAdded).toBe(2);
    const ms = excel.model.sheet(first.tabs.milestones)!;
    // Read on a re-run, the tracker's text dates are sent as the dates they name, which Excel stores as day numbers.
    expect([ms.value(FIRST_DATA_ROW + 20, MS.expectedClose), ms.value(FIRST_DATA_ROW + 21, MS.expectedClose)]).toEqual(['2027-05-01', '2027-06-15'].map((d) => dayNumber(calendarDate(d))));
  });

  it('anchors every tab of ours with a hidden name, so a renamed tab is still found', async () => {
    const { excel, context, requirements } = fakeWith(zhTracker(200), { evaluate: hyperFormulaEvaluator() });
    const summary = await setupWorkbook(context, { requirements });
    const names = excel.model.names.map((n) => n.name).sort();
    expect(names).toEqual(['PCSS_activity', 'PCSS_brief', 'PCSS_coaching', 'PCSS_control', 'PCSS_grading', 'PCSS_intensity', 'PCSS_milestones', 'PCSS_rubrics', 'PCSS_team', 'PCSS_visits']);
    expect(excel.model.names.every((n) => n.visible === false)).toBe(true);
    excel.renameSheet(summary.tabs.milestones, '我的里程碑');
    excel.resetCounters();
    const funnel = await generateFunnel(context, { requirements, date: DATE });
    expect(excel.syncCount).toBe(3);
    expect(funnel.totals.count).toBe(openCount(zhTracker(200)));
    expect(excel.model.names.map((n) => n.name)).toEqual(expect.arrayContaining(['PCSS_funnel', 'PCSS_history']));
  });

  it('generates the funnel from the level Excel calculated, in three round trips, and the history row holds the same numbers as the tab', async () => {
    const { excel, context, requirements } = fakeWith(zhTracker(600), { evaluate: hyperFormulaEvaluator() });
    const summary = await setupWorkbook(context, { requirements });
    tick(excel, summary.tabs.milestones, 600);
    excel.resetCounters();
    const funnel = await generateFunnel(context, { requirements, date: DATE });
    expect(excel.syncCount).toBe(3);
    // Read back as a user would see it, with every formula calculated.
    const full = snapshotOf(excel);
    const expected = evaluateMilestoneTab(full).funnel;
    expect(funnel.totals).toEqual({ count: expected.count, amount: expected.amount, forecast: expected.forecast });
    expect(funnel.view.rows.map((r) => r.count)).toEqual(expected.rows.map((r) => r.count));
    const history = excel.model.sheet(funnel.tabs.history)!;
    expect([history.value(FIRST_DATA_ROW, 0), history.value(FIRST_DATA_ROW, 1), history.value(FIRST_DATA_ROW, 3)]).toEqual([runDay(DATE), expected.count, expected.forecast]);
    // The second run reads the funnel and history tabs through their anchors too.
    excel.resetCounters();
    await generateFunnel(context, { requirements, date: '2027-03-02' });
    expect(excel.syncCount).toBe(3);
    expect(history.value(FIRST_DATA_ROW + 1, 0)).toBe(runDay('2027-03-02'));
    const funnelTab = excel.model.sheet(funnel.tabs.funnel)!;
    expect(funnelTab.formula(FUNNEL.totalRow, FUNNEL.col.count)).toMatch(/^=SUM\(/);
  });

  it('the pane\'s Generate funnel brings a raised amount in from the tracker and draws the funnel from one read and one write: 4 round trips', async () => {
    const { excel, context, requirements } = fakeWith(zhTracker(600));
    const summary = await setupWorkbook(context, { requirements });
    // The tracker's title and blank row sit above its header (trackerSheet): the first opportunity is on row 4.
    excel.model.sheet('销售机会跟踪')!.setCell(3, 3, 654_321, undefined);
    excel.resetCounters();
    const funnel = await generateFreshFunnel(context, { requirements, date: DATE });
    expect(excel.syncCount).toBe(4);
    expect(excel.model.sheet(summary.tabs.milestones)!.value(FIRST_DATA_ROW, MS.amount)).toBe(654_321);
    expect(funnel.refreshed.map((l) => l.code)).toEqual(['REFRESH_AMOUNT']);
    // What the pane shows is what the workbook's formulas calculate once written.
    const expected = evaluateMilestoneTab(snapshotOf(excel)).funnel;
    expect(funnel.totals).toEqual({ count: expected.count, amount: expected.amount, forecast: expected.forecast });
    const history = excel.model.sheet(funnel.tabs.history)!;
    expect([history.value(FIRST_DATA_ROW, 0), history.value(FIRST_DATA_ROW, 3)]).toEqual([runDay(DATE), expected.forecast]);
    // A week later, with the funnel, history and Changes tabs there to read too: 4 again, one more history row.
    excel.model.sheet('销售机会跟踪')!.setCell(4, 3, 111, undefined);
    excel.resetCounters();
    const later = await generateFreshFunnel(context, { requirements, date: '2027-03-08' });
    expect(excel.syncCount).toBe(4);
    expect(later.refreshed.map((l) => l.code)).toEqual(['REFRESH_AMOUNT']);
    expect(history.value(FIRST_DATA_ROW + 1, 0)).toBe(runDay('2027-03-08'));
    expect(later.totals.amount).toBe(evaluateMilestoneTab(snapshotOf(excel)).funnel.amount);
  });

  it('reads Generate funnel\'s refresh and funnel in pieces under a small response cap, and leaves what it leaves uncapped', async () => {
    const runs = [];
    for (const capped of [false, true]) {
      const { excel, context, requirements } = fakeWith(zhTracker(1500), capped ? { responseLimit: 120_000, ...NOT_CALCULATED } : NOT_CALCULATED);
      const summary = await setupWorkbook(context, { requirements });
      tick(excel, summary.tabs.milestones, 1500);
      // An amount raised and a deal lost in the tracker (its stage column), a week after the set-up.
      excel.model.sheet('销售机会跟踪')!.setCell(3, 3, 654_321, undefined);
      excel.model.sheet('销售机会跟踪')!.setCell(3 + 30, 5, '输单', undefined);
      excel.resetCounters();
      const funnel = await generateFreshFunnel(context, { requirements, date: DATE, budget: capped ? 100_000 : undefined });
      runs.push({ excel, funnel, syncs: excel.syncCount });
    }
    const [open, capped] = runs;
    expect(open.syncs).toBe(4);
    expect(capped.syncs).toBeGreaterThan(4);
    expect(capped.excel.syncs.filter((s) => s.responseBytes > 120_000)).toEqual([]);
    expect(capped.funnel.refreshed.map((l) => l.code)).toEqual(['REFRESH_AMOUNT', 'REFRESH_STATUS']);
    expect(capped.funnel.totals).toEqual(open.funnel.totals);
    expect(capped.funnel.view.rows.map((r) => r.count)).toEqual(open.funnel.view.rows.map((r) => r.count));
    // Every row's ticks were read: the funnel is the one the workbook's checklist gives.
    const truth = evaluateMilestoneTab(snapshotOf(open.excel)).funnel;
    expect(open.funnel.view.rows.map((r) => r.count)).toEqual(truth.rows.map((r) => r.count));
    expect(truth.rows.slice(2).reduce((n, r) => n + r.count, 0)).toBeGreaterThan(100);
    expect(snapshotOf(capped.excel)).toEqual(snapshotOf(open.excel));
    // A week with no change: what the first run recorded per row was read back, so nothing moved
    // and each opportunity keeps the day it reached its milestone.
    const ms = capped.excel.model.sheet(capped.funnel.tabs.milestones)!;
    const reached = [0, 30, 1499].map((i) => ms.value(FIRST_DATA_ROW + i, MS.since));
    expect(reached.every((d) => typeof d === 'number')).toBe(true);
    const again = await generateFreshFunnel(capped.excel.context as unknown as Excel.RequestContext, { requirements: capped.excel.office.context.requirements, date: '2027-03-08', budget: 100_000 });
    expect(again.refreshed).toEqual([]);
    expect((again.review ?? []).map((l) => l.code)).toEqual(['REVIEW_NONE']);
    expect([0, 30, 1499].map((i) => ms.value(FIRST_DATA_ROW + i, MS.since))).toEqual(reached);
  });

  it('leaves anchors pcss apply wrote shown as they are (Excel cannot hide an existing name: office-js 3878, 3949), and uses them at once', async () => {
    const { excel, context, requirements } = fakeWith(zhTracker(30));
    await setupWorkbook(context, { requirements });
    for (const n of excel.model.names) n.visible = true;
    excel.resetCounters();
    const funnel = await generateFunnel(context, { requirements, date: DATE });
    expect(excel.syncCount).toBe(3);
    expect(funnel.totals.count).toBe(openCount(zhTracker(30)));
    // The anchors this run added (funnel, history, the forecast record) are hidden; the others stay shown, harmless.
    expect(excel.model.names.filter((n) => n.visible === false).map((n) => n.name).sort()).toEqual(['PCSS_forecasts', 'PCSS_funnel', 'PCSS_history']);
  });

  it('asks for its own names only: a workbook carrying thousands of names costs the first round trip nothing', async () => {
    const { excel, context, requirements } = fakeWith(zhTracker(20));
    for (let i = 0; i < 3000; i++) excel.addName(`OldRange_${i}`, `销售机会跟踪!$A$${i + 1}`);
    await setupWorkbook(context, { requirements });
    expect(excel.syncs[0].responseBytes).toBeLessThan(5_000);
    expect(excel.model.names.filter((n) => n.name.startsWith('PCSS_'))).toHaveLength(10);
  });

  it('makes a new funnel tab, and anchors it, after a user deleted ours', async () => {
    const { excel, context, requirements } = fakeWith(zhTracker(30));
    await setupWorkbook(context, { requirements });
    const first = await generateFunnel(context, { requirements, date: DATE });
    excel.deleteSheet(first.tabs.funnel);
    excel.resetCounters();
    const second = await generateFunnel(context, { requirements, date: '2027-03-02' });
    expect(excel.syncCount).toBe(3);
    expect(second.tabsAdded).toEqual([first.tabs.funnel]);
    expect(excel.model.names.filter((n) => n.name === 'PCSS_funnel').map((n) => n.ref.sheet.name)).toEqual([first.tabs.funnel]);
    expect(excel.model.sheet(second.tabs.history)!.value(FIRST_DATA_ROW + 1, 0)).toBe(runDay('2027-03-02'));
  });

  it('reads the whole workbook when an anchor no longer holds (a user name PCSS_milestones pointing elsewhere), and is still right', async () => {
    const { excel, context, requirements } = fakeWith(zhTracker(50), { evaluate: hyperFormulaEvaluator() });
    await setupWorkbook(context, { requirements });
    const anchor = excel.model.names.find((n) => n.name === 'PCSS_milestones')!;
    anchor.ref = { ...anchor.ref, sheet: excel.model.sheet('销售机会跟踪')! };
    const funnel = await generateFunnel(context, { requirements, date: DATE });
    expect(funnel.totals.count).toBe(openCount(zhTracker(50)));
    expect(excel.model.names.find((n) => n.name === 'PCSS_milestones')!.ref.sheet.name).toBe(funnel.tabs.milestones);
  });

  it('shows the pane what it shows after a full read, in two round trips', async () => {
    const { excel, context, requirements } = fakeWith(zhTracker(3000), NOT_CALCULATED);
    await setupWorkbook(context, { requirements });
    excel.resetCounters();
    const features = detectFeatures(requirements);
    const info = workbookInfo(await readForInspect(context, features));
    expect(excel.syncCount).toBe(2);
    const full = workbookInfo(snapshotOf(excel));
    expect(info.reps).toEqual(full.reps);
    expect(info.reps.length).toBeGreaterThan(1);
    expect({ lang: info.lang, headers: info.headers, sheet: info.mapping?.sheet, columns: info.mapping?.columns }).toEqual({
      lang: full.lang,
      headers: full.headers,
      sheet: full.mapping?.sheet,
      columns: full.mapping?.columns,
    });
  });

  it('lists the reps of a milestone tab set up before anchors existed, one round trip later', async () => {
    const { excel, context, requirements } = fakeWith(zhTracker(300));
    await setupWorkbook(context, { requirements });
    excel.model.names.splice(0, excel.model.names.length);
    excel.resetCounters();
    const info = workbookInfo(await readForInspect(context, detectFeatures(requirements)));
    expect(excel.syncCount).toBe(3);
    expect(info.reps).toEqual(workbookInfo(snapshotOf(excel)).reps);
  });

  it('a re-run appends below a note a user typed in a column it did not read', async () => {
    const { excel, context, requirements } = fakeWith(zhTracker(30));
    const first = await setupWorkbook(context, { requirements });
    const ms = excel.model.sheet(first.tabs.milestones)!;
    // A note far below the rows, in the next-step column: not a key column.
    ms.setCell(FIRST_DATA_ROW + 40, MS.nextStep + 2, '备注:下季度再跟进', undefined);
    const tracker = excel.model.sheet('销售机会跟踪')!;
    tracker.setCell(3 + 30, 0, '新机会', undefined);
    tracker.setCell(3 + 30, 1, '新客户', undefined);
    const second = await setupWorkbook(context, { requirements });
    expect(second.opportunitiesAdded).toBe(1);
    expect(ms.value(FIRST_DATA_ROW + 40, MS.nextStep + 2)).toBe('备注:下季度再跟进');
    expect(ms.value(FIRST_DATA_ROW + 41, MS.opportunity)).toBe('新机会');
  });

  it('does not take the tracker table\'s Total Row for an opportunity', async () => {
    const rows = [...zhTracker(40).sheets[0].rows.slice(2), ['合计', null, null, '=SUBTOTAL(109,D2:D41)']];
    const { context, requirements } = fakeWith({ sheets: [{ name: 'Deals', rows, tables: [{ name: 'Deals', top: 0, left: 0, bottom: 41, right: 5, totalsRow: true }] }] });
    const summary = await setupWorkbook(context, { requirements });
    expect(summary.opportunitiesAdded).toBe(40);
  });

  it('brings a tracker table\'s changes in with Generate funnel a week later, leaving its Total Row out, in 4 round trips', async () => {
    const rows = [...zhTracker(40).sheets[0].rows.slice(2), ['合计', null, null, '=SUBTOTAL(109,D2:D41)']];
    const { excel, context, requirements } = fakeWith({ sheets: [{ name: 'Deals', rows, tables: [{ name: 'Deals', top: 0, left: 0, bottom: 41, right: 5, totalsRow: true }] }] });
    await setupWorkbook(context, { requirements });
    const deals = excel.model.sheet('Deals')!;
    deals.setCell(1, 3, 888_888, undefined);
    deals.setCell(2, 5, '输单', undefined);
    excel.resetCounters();
    const funnel = await generateFreshFunnel(context, { requirements, date: DATE });
    expect(excel.syncCount).toBe(4);
    expect(funnel.opportunitiesAdded).toBe(0);
    expect(funnel.refreshed.map((l) => l.code)).toEqual(['REFRESH_AMOUNT', 'REFRESH_STATUS']);
    const expected = evaluateMilestoneTab(snapshotOf(excel)).funnel;
    expect(funnel.totals).toEqual({ count: expected.count, amount: expected.amount, forecast: expected.forecast });
  });

  it('finds a tracker table whose header row is below the first rows of its sheet', async () => {
    const rows = zhTracker(40).sheets[0].rows;
    const snapshot: WorkbookSnapshot = {
      sheets: [{ name: 'Deals', rows: [...Array.from({ length: 15 }, () => undefined), ...rows.slice(2)], tables: [{ name: 'Deals', top: 15, left: 0, bottom: 15 + 40, right: 5 }] }],
    };
    const { excel, context, requirements } = fakeWith(snapshot);
    const summary = await setupWorkbook(context, { requirements });
    expect(summary.tracker?.table).toBe('Deals');
    expect(summary.opportunitiesAdded).toBe(40);
    expect(findOurTabs(snapshotOf(excel)).get('milestones')).toBeDefined();
  });
});
