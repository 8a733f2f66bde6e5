/**
 * Issue 15: the runs users repeat read everything they need before their first write. Each read
 * (a call that returns the spreadsheet's contents or metadata, fake/calls.ts isRead) makes Sheets
 * apply the writes still pending, so a read after a write is one more wait inside Google: the
 * charts, colour rules and protections already on a tab are read with the tabs, not as each is
 * reached. And a later funnel writes its history row's values and formats through one range.
 */
import { ZH_HEADERS } from '../scenarios/scenarios';
import { sampleOpportunities } from '../../samples/teamPipeline';
import { loadCodeJs } from './codeJs';
import { FakeAppsScript } from './fake';
import { isRead } from './fake/calls';
import { writeCell } from './fake/range';
import { interpret } from './fake/typed';

const WRITE = /^(Spreadsheet|Sheet|Range|RangeList|Protection|DeveloperMetadata)\.(set|insert|hide|delete|protect|add|update|clear)/;

/** The Spreadsheet calls of one run, in order; fails the test if the run fails. */
function callsOf(fake: FakeAppsScript, name: string, request: unknown): string[] {
  const calls: string[] = [];
  fake.log.listener = (call) => calls.push(call);
  const out = loadCodeJs(fake).call<{ ok: boolean; en?: string }>(name, request);
  fake.log.listener = null;
  if (!out.ok) throw new Error(out.en);
  return calls.filter((c) => !/^(LockService|Lock|CacheService|Cache|Utilities)\./.test(c));
}

/** The reads a run makes after it has started writing. */
const readsAfterWriting = (calls: readonly string[]) => calls.slice(calls.findIndex((c) => WRITE.test(c)) + 1).filter(isRead);

function tracked(opportunities: number): { fake: FakeAppsScript; rows: unknown[][] } {
  const fake = new FakeAppsScript({ locale: 'zh_CN', evaluate: false });
  const rows = sampleOpportunities(opportunities, 3).map((o, i) => [o.name, `${o.customer}-${i}`, o.rep, o.amount, o.expectedClose, o.stage]);
  return { fake, rows };
}

describe('the runs users repeat read before they write', () => {
  it('a later funnel checks the chart before writing, and writes the history row through one range', () => {
    const { fake, rows } = tracked(30);
    fake.addSheet('销售机会跟踪', [ZH_HEADERS, ...rows]);
    callsOf(fake, 'pcssSetup', {});
    callsOf(fake, 'pcssFunnel', { date: '2027-01-04' });
    const calls = callsOf(fake, 'pcssFunnel', { date: '2027-01-11' });
    expect(calls).toContain('Sheet.getCharts');
    expect(readsAfterWriting(calls)).toEqual([]);
    // The funnel tab's block, the history row (values and formats) and the milestone tab's day as of.
    expect(calls.filter((c) => c === 'Range.offset')).toHaveLength(3);
    expect(calls.filter((c) => c === 'Range.setNumberFormats')).toHaveLength(1);
    const history = fake.book.sheets.find((s) => s.name === '漏斗历史')!;
    const last = history.extent().lastRow;
    expect(history.content(last, 0)).toBeInstanceOf(Date);
    expect(history.numberFormats.get(last, 4)).toBe('0');
  });

  /** The calls of a set-up that adds the last of `n` opportunities to a spreadsheet set up with the others. */
  function addingTheLast(n: number): string[] {
    const { fake, rows } = tracked(n);
    const tracker = fake.addSheet('销售机会跟踪', [ZH_HEADERS, ...rows.slice(0, n - 1)]);
    callsOf(fake, 'pcssSetup', {});
    rows[n - 1].forEach((v, c) => writeCell(tracker, n, c, interpret(v, fake.book.timeZone)));
    return callsOf(fake, 'pcssSetup', {});
  }

  it('a set-up that adds an opportunity reads the protections before writing, and leaves the colour rules of its block alone', () => {
    const calls = addingTheLast(31);
    // The first set-up's rules reach the sheet's row 1 000 (core/layout/ruleBlocks.ts).
    expect(calls.filter((c) => /ConditionalFormatRule/.test(c))).toEqual([]);
    expect(calls).toContain('Protection.getDescription');
    expect(calls).toContain('Protection.setRange');
    expect(readsAfterWriting(calls)).toEqual([]);
  });

  it('a set-up whose rows pass the colour rules\' block reads the rules before writing', () => {
    // 998 opportunities end at the sheet's row 1 000, the first block's last; the 999th passes it.
    const calls = addingTheLast(999);
    expect(calls).toContain('Sheet.getConditionalFormatRules');
    expect(calls).toContain('Sheet.setConditionalFormatRules');
    expect(readsAfterWriting(calls)).toEqual([]);
  });
});
