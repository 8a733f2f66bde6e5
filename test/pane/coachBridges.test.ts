/**
 * Each host's bridge answers the pane's coaching view with core's coaching on the bundled sample:
 * the Excel bridge over the fake Excel (the real excel-addin code, its full read), and the
 * sidebar's bridge over google.script.run into the built Code.js (pcssCoach) over the fake
 * Sheets, every answer carried as JSON. A workbook not set up answers null, which the pane says
 * in both languages.
 */
import { dayNumber } from '../../core/cells/calendar';
import { FIRST_DATA_ROW, type SnapshotCell } from '../../core/layout';
import { VISIT } from '../../core/layout/signalColumns';
import { coachingView } from '../../core/report/coaching';
import { excelBridge } from '../../excel-addin/pane/excelBridge';
import { FakeExcel } from '../excel/fake';
import { sheetsBridge } from '../../gsheets/sidebar/sheetsBridge';
import { loadCodeJs } from '../gsheets/codeJs';
import { FakeAppsScript } from '../gsheets/fake';
import { PANE_TRACKER } from '../support/paneTracker';
import { scriptRunIntoCodeJs } from '../support/scriptRun';
import { denseRows, sampleSnapshot, sampleValues } from './sample';

const SAMPLE = sampleSnapshot();
function excelWith(sheets: readonly { name: string; rows: readonly (readonly unknown[] | undefined)[] }[]) {
  const excel = new FakeExcel({ hostVersion: '1.13' });
  for (const s of sheets) excel.addSheet(s.name, s.rows);
  return excelBridge({ run: (work) => work(excel.context as unknown as Excel.RequestContext), requirements: excel.requirements as unknown as Office.RequirementSetSupport, displayLanguage: 'zh-CN' });
}

function sheetsWith(sheets: readonly { name: string; rows: readonly (readonly unknown[] | undefined)[] }[]) {
  const fake = new FakeAppsScript({ locale: 'zh_CN', evaluate: false });
  for (const s of sheets) fake.addSheet(s.name, s.rows);
  const code = loadCodeJs(fake);
  return { code, bridge: sheetsBridge(scriptRunIntoCodeJs(code)) };
}

const sampleSheets = () => sampleValues(SAMPLE).sheets.map((s) => ({ name: s.name, rows: denseRows(s.rows) }));

describe('the coaching view through each host’s bridge, on the bundled sample', () => {
  const expected = coachingView(SAMPLE);

  it('is set up with six reps, and 丁磊 never asks for the business (the figures compared below are not empty)', () => {
    expect(expected.reps.map((r) => r.rep)).toEqual(['李明', '张伟', '王芳', '刘洋', '许静', '丁磊']);
    expect(expected.reps.find((r) => r.rep === '丁磊')!.neverTaken.map((s) => s.id)).toContain('S5');
    expect(expected.reps.every((r) => r.weakest !== null && r.opportunities.length > 0)).toBe(true);
  });

  it('Excel: the pane’s bridge answers core’s coaching, for every rep and for one', async () => {
    const bridge = excelWith(sampleSheets());
    expect(await bridge.coach({ lang: 'zh' })).toEqual(expected);
    expect(await bridge.coach({ lang: 'en', rep: '丁磊' })).toEqual(coachingView(SAMPLE, '丁磊'));
  });

  it('Sheets: the sidebar’s bridge answers core’s coaching from the tabs pcssCoach reads in the built Code.js', async () => {
    const { code, bridge } = sheetsWith(sampleSheets());
    expect(await bridge.coach({ lang: 'zh' })).toEqual(expected);
    expect(await bridge.coach({ lang: 'en', rep: '丁磊' })).toEqual(coachingView(SAMPLE, '丁磊'));
    // Only the tabs the view reads cross to the sidebar: not the team's tracker, nor the other tabs.
    const read = code.call<{ ok: true; value: { sheets: { name: string }[] } }>('pcssCoach');
    expect(read.value.sheets.map((s) => s.name)).toEqual(['里程碑', '销售强度', '业务动作追踪', '客户访问日报']);
  });

  it('Sheets: a visit’s date crosses as the day the sheet shows in its time zone (east of UTC), so the deal’s last signal is that day', async () => {
    const deal = expected.reps[0].opportunities[0];
    const sheets = sampleSheets();
    const visits = sheets.find((s) => s.name === '客户访问日报')!;
    const row: unknown[] = [];
    Object.assign(row, { [VISIT.date]: '2027-01-04', [VISIT.customer]: deal.customer, [VISIT.opportunity]: deal.opportunity, [VISIT.firstSignal]: '主动询问价格' });
    visits.rows[FIRST_DATA_ROW] = Array.from(row, (v) => (v ?? null) as SnapshotCell);
    const fake = new FakeAppsScript({ locale: 'zh_CN', timeZone: 'Asia/Shanghai', evaluate: false });
    for (const s of sheets) fake.addSheet(s.name, s.rows);
    const coaching = await sheetsBridge(scriptRunIntoCodeJs(loadCodeJs(fake))).coach({ lang: 'zh' });
    const seen = coaching!.reps[0].opportunities.find((o) => o.opportunity === deal.opportunity)!;
    expect(seen.signals).toEqual({ count: 1, latest: dayNumber(new Date(Date.UTC(2027, 0, 4))) });
  });

  it('answers null on a workbook not set up, in both hosts', async () => {
    const tracker = [{ name: '销售机会跟踪', rows: PANE_TRACKER }];
    expect(await excelWith(tracker).coach({ lang: 'zh' })).toBeNull();
    expect(await sheetsWith(tracker).bridge.coach({ lang: 'zh' })).toBeNull();
  });
});
