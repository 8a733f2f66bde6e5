/**
 * Issue 17: the add-on against a fake that behaves as Google documents and as users report
 * (test/gsheets/fake: dates at midnight in the spreadsheet's time zone, text parsed on write,
 * formulas computed, a lock per execution, chart colours as Sheets takes them), through the
 * built Code.js.
 */
import { findOurTabs, FIRST_DATA_ROW, MS } from '../../core/layout';
import { ZH_HEADERS } from '../scenarios/scenarios';
import { loadCodeJs } from './codeJs';
import { FakeAppsScript } from './fake';
import { snapshotOf } from './sheetsHost';

type Envelope<T = Record<string, unknown>> = { ok: true; value: T } | { ok: false; code: string; zh: string; en: string };
type Setup = { tabsAdded: string[]; opportunitiesAdded: number; warnings: { zh: string; en: string }[] };

function tracker(rows: unknown[][], options: ConstructorParameters<typeof FakeAppsScript>[0] = {}): FakeAppsScript {
  const fake = new FakeAppsScript({ locale: 'zh_CN', ...options });
  fake.addSheet('销售机会跟踪', [ZH_HEADERS, ...rows]);
  return fake;
}

const ok = <T>(e: Envelope<T>): T => {
  if (!e.ok) throw new Error(`failed: ${e.zh} / ${e.en}`);
  return e.value;
};

describe('dates east of UTC (item 3)', () => {
  it('a date in the tracker is named by its day in the spreadsheet’s time zone, not the UTC day before', () => {
    // A user typed a date into the amount column: Sheets keeps it as midnight, Asia/Shanghai.
    const fake = tracker([['ERP升级', '华东精密', '李明', '2027-03-01', '2027-03-01', '需求调研']]);
    expect(fake.book.sheet('销售机会跟踪')!.values.get(1, 3)).toEqual(new Date(Date.UTC(2027, 1, 28, 16)));
    const setup = ok(loadCodeJs(fake).call<Envelope<Setup>>('pcssSetup', {}));
    const amount = setup.warnings.find((w) => w.en.includes('the amount'));
    expect(amount?.en).toContain('"2027-03-01"');
    expect(amount?.zh).toContain('“2027-03-01”');
    expect(JSON.stringify(setup.warnings)).not.toContain('2027-02-28');
  });

  it('a name Sheets turned into a date matches, on the next run, the same day typed as text on our tab', () => {
    // The tracker's "May 2024" became 1 May 2024 (a date); on our tab someone retyped it as text.
    const fake = tracker([['May 2024', '华东精密', '李明', 1000, '2027-03-01', '需求调研']]);
    const code = loadCodeJs(fake);
    ok(code.call<Envelope<Setup>>('pcssSetup', {}));
    const ms = findOurTabs(snapshotOf(fake)).get('milestones')!.sheet;
    fake.book.sheet(ms.name)!.values.set(FIRST_DATA_ROW, MS.opportunity, '2024-05-01');
    expect(ok(loadCodeJs(fake).call<Envelope<Setup>>('pcssSetup', {})).opportunitiesAdded).toBe(0);
  });
});

describe('text written as text (item 6)', () => {
  it('names that look like dates or errors stay the names users typed on our tabs, and a second run adds nothing', () => {
    // Typed as text in the tracker (an apostrophe, or a plain-text column).
    const fake = tracker([
      ["'Mar 5", "'May 2024", "'#N/A", 1000, '2027-03-01', '需求调研'],
      ["'1/2", "'TRUE", "'12:30", 2000, '2027-03-01', '需求调研'],
    ]);
    const setup = ok(loadCodeJs(fake).call<Envelope<Setup>>('pcssSetup', {}));
    expect(setup.opportunitiesAdded).toBe(2);
    const ms = fake.book.sheet(findOurTabs(snapshotOf(fake)).get('milestones')!.sheet.name)!;
    const names = [0, 1].map((i) => [0, 1, 2].map((c) => ms.values.get(FIRST_DATA_ROW + i, c)));
    expect(names).toEqual([
      ['Mar 5', 'May 2024', '#N/A'],
      ['1/2', 'TRUE', '12:30'],
    ]);
    expect(ms.errors.get(FIRST_DATA_ROW, 2)).toBeUndefined();
    expect(ok(loadCodeJs(fake).call<Envelope<Setup>>('pcssSetup', {})).opportunitiesAdded).toBe(0);
  });
});

describe('custom functions and the locale (item 7)', () => {
  const checklist = [[true, true, true, ...new Array<string>(19).fill('')]];

  it('a function that answers in numbers makes no service call', () => {
    const fake = tracker([]);
    const code = loadCodeJs(fake);
    fake.log.reset();
    expect(code.call('SALES_INTENSITY', 10, 8, 6, 3, 4)).toEqual([[31]]);
    expect(code.call('WEIGHTED_AMOUNT', 120000, '合格决策者')).toEqual([[60000]]);
    expect(fake.log.spreadsheetCalls).toBe(0);
  });

  it('a function that answers in words asks for the locale once per execution, and answers in it', () => {
    const fake = tracker([]);
    const code = loadCodeJs(fake);
    fake.log.reset();
    const first = code.call<string[][]>('MILESTONE', checklist);
    const again = code.call<string[][]>('BUYING_STAGE', checklist);
    expect(fake.log.byMethod.get('Spreadsheet.getSpreadsheetLocale')).toBe(1);
    expect(first[0][0]).toMatch(/[\u4e00-\u9fff]/);
    expect(again[0][0]).toMatch(/[\u4e00-\u9fff]/);
  });

  it('an error is still told in the spreadsheet’s language first', () => {
    const fake = tracker([]);
    expect(() => loadCodeJs(fake).call('SALES_INTENSITY', 'abc', 8, 6, 3, 4)).toThrow(/^[^A-Za-z]*[\u4e00-\u9fff]/);
    const en = tracker([], { locale: 'en_US' });
    expect(() => loadCodeJs(en).call('SALES_INTENSITY', 'abc', 8, 6, 3, 4)).toThrow(/^[A-Z]/);
  });
});
