/**
 * Sheets hands dates to the script as the instant of midnight in the spreadsheet's time zone
 * (docs/gsheets.md): east of UTC that is the evening before, in UTC. Core's day counts and
 * periods must take the spreadsheet's calendar day, as the sheet's own formulas do.
 */
import { FakeAppsScript } from './fake';
import { midnightIn } from './fake/typed';
import { loadCodeJs } from './codeJs';
import { ZH_HEADERS } from '../scenarios/scenarios';
import { FIRST_DATA_ROW, MS, findOurTabs } from '../../core/layout';
import { PERIOD_TABLE } from '../../core/layout/periodTable';
import { snapshotOf } from './sheetsHost';

type Result = { ok: boolean; en?: string; value: { periods?: { en: string; count: number }[]; tabs: Record<string, string> } };

describe('dates in the spreadsheet\'s time zone', () => {
  it('puts a deal closing on the first day of a quarter in that quarter, in Asia/Shanghai', () => {
    const zone = 'Asia/Shanghai';
    const fake = new FakeAppsScript({ locale: 'zh_CN', timeZone: zone });
    fake.addSheet('销售机会跟踪', [ZH_HEADERS, ['ERP升级', '华东精密', '李明', 100000, midnightIn(zone, 2027, 3, 1), '方案'], ['仓储系统', '南方物流', '王芳', 200000, midnightIn(zone, 2027, 2, 31), '方案']]);
    const code = loadCodeJs(fake);
    const setup = code.call<Result>('pcssSetup', {});
    if (!setup.ok) throw new Error(setup.en);
    const funnel = code.call<Result>('pcssFunnel', { date: '2027-01-04' });
    if (!funnel.ok) throw new Error(funnel.en);
    const count = (key: string) => funnel.value.periods!.find((p) => p.en === key)!.count;
    expect(count('2027-Q2')).toBe(1);
    expect(count('2027-04')).toBe(1);
    expect(count('2027-Q1')).toBe(1);
    expect(count('2027-03')).toBe(1);
    // The sheet's own formulas (the period table, evaluated as Sheets would) say the same: core's
    // dates are written as days of the spreadsheet's calendar, not as instants hours off.
    const shown = (kind: 'funnel' | 'milestones', row: number, col: number) => {
      const sheet = fake.book.sheets.find((x) => x.name === findOurTabs(snapshotOf(fake)).get(kind)!.sheet.name)!;
      return fake.book.evaluator!.valueOf(fake.book, sheet, row, col);
    };
    const rows = findOurTabs(snapshotOf(fake)).get('funnel')!.sheet.rows;
    const at = (key: string) => rows.findIndex((r) => typeof r?.[PERIOD_TABLE.col] === 'string' && String(r[PERIOD_TABLE.col]).includes(key));
    for (const key of ['2027-Q1', '2027-03', '2027-Q2', '2027-04']) expect(shown('funnel', at(key), PERIOD_TABLE.col + 3)).toBe(count(key));
    // Days at a milestone are whole days (the set-up's date to the funnel's): both are days of the spreadsheet's calendar.
    expect(Number.isInteger(shown('milestones', FIRST_DATA_ROW, MS.daysAt))).toBe(true);
  });
});
