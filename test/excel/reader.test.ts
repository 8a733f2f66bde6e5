/// <reference types="office-js" />
import { FIRST_DATA_ROW } from '../../core/layout';
import { detectFeatures, generateFunnel, readWorkbook, setupWorkbook } from '../../excel-addin/workbook';
import { fakeWith, openCount, zhTracker } from './support';

describe('the Excel reader', () => {
  it('reads every sheet, its used cells from A1 and its tables in two syncs', async () => {
    const wb = zhTracker(30);
    const { excel, context, requirements } = fakeWith({
      sheets: [...wb.sheets, { name: 'Deals', rows: [[], [null, null, 'Opportunity', 'Amount'], [null, null, 'A', 5]], tables: [{ name: 'DealsTable', top: 1, left: 2, bottom: 2, right: 3 }] }],
    });
    const read = await readWorkbook(context, detectFeatures(requirements));
    expect(excel.syncCount).toBe(2);
    expect(read.snapshot.sheets.map((s) => s.name)).toEqual(['销售机会跟踪', 'Deals']);
    expect(read.snapshot.sheets[0].rows[2]?.[0]).toBe('机会名称');
    expect(read.snapshot.sheets[0].rows.length).toBe(3 + 30);
    expect(read.snapshot.sheets[1].rows[2]).toEqual([null, null, 'A', 5]);
    expect(read.snapshot.sheets[1].tables).toEqual([{ name: 'DealsTable', top: 1, left: 2, bottom: 2, right: 3 }]);
  });

  it('reads a workbook too large for one response in pieces, and gets the same snapshot', async () => {
    const wb = zhTracker(800);
    const whole = fakeWith(wb);
    const expected = await readWorkbook(whole.context, detectFeatures(whole.requirements));

    const { excel, context, requirements } = fakeWith(wb, { responseLimit: 20_000 });
    const read = await readWorkbook(context, detectFeatures(requirements), { budget: 15_000 });
    expect(read.snapshot).toEqual(expected.snapshot);
    expect(read.syncs).toBe(excel.syncCount);
    expect(excel.syncs.filter((s) => s.responseBytes > 20_000)).toHaveLength(1);
  });

  it('lets the funnel skip sheets it does not need when the workbook is too large for one response', async () => {
    const { excel, context, requirements } = fakeWith(zhTracker(600), { responseLimit: 60_000 });
    await setupWorkbook(context, { requirements, budget: 40_000 });
    excel.resetCounters();
    const result = await generateFunnel(context, { requirements, budget: 40_000, date: '2027-02-01' });
    // Every opportunity the sample's stages leave open (closed deals are out of the funnel).
    expect(result.totals.count).toBe(openCount(zhTracker(600)));
    const history = excel.model.sheet(result.tabs.history)!;
    expect(history.value(FIRST_DATA_ROW, 1)).toBe(openCount(zhTracker(600)));
  });
});
