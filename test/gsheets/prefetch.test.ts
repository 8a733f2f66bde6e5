/** Issue 15: a new sheet's ranges are fetched as one RangeList (gsheets/server/rules.ts prefetchRanges), not a getRange each. */
import { ZH_HEADERS } from '../scenarios/scenarios';
import { sampleOpportunities } from '../../samples/teamPipeline';
import { forgetRanges, prefetchRanges, rangeOf } from '../../gsheets/server/rules';
import type { Sheet, Spreadsheet } from '../../gsheets/server/sheetsApi';
import { loadCodeJs } from './codeJs';
import { FakeAppsScript } from './fake';

function sheetOf(fake: FakeAppsScript): Sheet {
  const g = fake.globalsFor() as { SpreadsheetApp: { getActiveSpreadsheet(): Spreadsheet } };
  return g.SpreadsheetApp.getActiveSpreadsheet().insertSheet('S', 0);
}

const box = (top: number, left: number, bottom = top, right = left) => ({ top, left, bottom, right });

describe('prefetchRanges', () => {
  beforeEach(() => forgetRanges());

  it('fetches three or more ranges in two calls, and hands each out again without a call', () => {
    const fake = new FakeAppsScript({ evaluate: false });
    const sheet = sheetOf(fake);
    fake.log.reset();
    prefetchRanges(sheet, [box(1, 0, 9, 2), box(1, 5), box(0, 0, 0, 7), box(1, 5)]);
    expect(Object.fromEntries(fake.log.byMethod)).toEqual({ 'Sheet.getRangeList': 1, 'RangeList.getRanges': 1 });
    expect(fake.log.reads).toBe(0);
    const r = rangeOf(sheet, box(1, 0, 9, 2));
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()]).toEqual([2, 1, 9, 3]);
    rangeOf(sheet, box(0, 0, 0, 7)).setValues([[1, 2, 3, 4, 5, 6, 7, 8]]);
    expect(fake.log.byMethod.get('Sheet.getRange')).toBeUndefined();
    expect(fake.book.sheets.find((s) => s.name === 'S')!.values.get(0, 7)).toBe(8);
    // A range not fetched ahead is asked for as before.
    rangeOf(sheet, box(20, 0));
    expect(fake.log.byMethod.get('Sheet.getRange')).toBe(1);
  });

  it('leaves fewer than three ranges to getRange (no call saved), and forgets between runs', () => {
    const fake = new FakeAppsScript({ evaluate: false });
    const sheet = sheetOf(fake);
    prefetchRanges(sheet, [box(1, 0), box(2, 0)]);
    expect(fake.log.byMethod.get('Sheet.getRangeList')).toBeUndefined();
    prefetchRanges(sheet, [box(1, 0), box(2, 0), box(3, 0)]);
    forgetRanges();
    fake.log.reset();
    rangeOf(sheet, box(1, 0));
    expect(fake.log.byMethod.get('Sheet.getRange')).toBe(1);
  });

  it('asks for each range alone should the list come back with another number of ranges', () => {
    const asked: string[] = [];
    const sheet = {
      getRangeList: (a1s: string[]) => ({ getRanges: () => a1s.slice(1).map((a1) => ({ a1 })) }),
      getRange: (...at: number[]) => (asked.push(at.join(',')), { at }),
    } as unknown as Sheet;
    prefetchRanges(sheet, [box(1, 0), box(2, 0), box(3, 0)]);
    rangeOf(sheet, box(2, 0));
    expect(asked).toEqual(['3,1,1,1']);
  });

  it('a first set-up asks each new sheet for at most two ranges one by one', () => {
    const fake = new FakeAppsScript({ locale: 'zh_CN', evaluate: false });
    const rows = sampleOpportunities(30, 3).map((o, i) => [o.name, `${o.customer}-${i}`, o.rep, o.amount, o.expectedClose, o.stage]);
    fake.addSheet('销售机会跟踪', [ZH_HEADERS, ...rows]);
    fake.log.reset();
    expect(loadCodeJs(fake).call<{ ok: boolean }>('pcssSetup', {}).ok).toBe(true);
    const added = fake.log.byMethod.get('Spreadsheet.insertSheet')!;
    expect(added).toBe(10);
    expect(fake.log.byMethod.get('Sheet.getRange') ?? 0).toBeLessThanOrEqual(2 * added);
    expect(fake.log.byMethod.get('RangeList.getRanges')).toBeGreaterThanOrEqual(4);
  });
});
