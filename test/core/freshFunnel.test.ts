/**
 * Issue 13, "every run refreshes": core's Generate funnel (runFreshFunnel) over an in-memory port,
 * the cases the shared scenarios do not reach.
 */
import { applyPlan, findOurTabs, type WorkbookSnapshot } from '../../core/layout';
import { runFreshFunnel, runFreshFunnelInOneBatch, runSetup, type PortRead, type RunPort } from '../../core/run';
import { ZH_HEADERS } from '../scenarios/scenarios';
import { trackerRows, trackerSheet } from '../scenarios/trackerSheet';

/**
 * A workbook in memory and the port core runs on it; `reads` and `writes` count the reads and the
 * batches of plans applied. `oneBatch`: Generate funnel from one read and in one write, as Excel
 * runs it (runFreshFunnelInOneBatch); else in two stages, as Sheets runs it.
 */
function inMemory(initial: WorkbookSnapshot, oneBatch = false) {
  const state = { wb: initial, reads: 0, writes: 0, planned: [] as number[] };
  const port: RunPort<PortRead, 'sync'> = {
    mode: 'sync',
    document: 'workbook',
    read: () => {
      state.reads++;
      return { snapshot: state.wb };
    },
    apply: (plans) => {
      state.writes++;
      state.planned.push(plans.length);
      state.wb = plans.reduce((wb, plan) => applyPlan(wb, plan), state.wb);
      return [];
    },
    today: () => '2027-01-11',
    progress: () => undefined,
  };
  const request = { date: '2027-01-11' };
  return { state, port, fresh: () => (oneBatch ? runFreshFunnelInOneBatch(port, request) : runFreshFunnel<PortRead, 'sync'>((action) => action(port), request)) };
}

/** The tracker's amount of its first opportunity raised, one opportunity added below, and the third marked lost. */
function trackerMoved(wb: WorkbookSnapshot): WorkbookSnapshot {
  return {
    sheets: wb.sheets.map((s) => {
      if (s.name !== '销售机会跟踪') return s;
      const rows = s.rows.map((r) => (r ? [...r] : r));
      rows[3]![3] = 987_654;
      rows[5]![5] = '输单';
      rows.push(['新机会', '新客户', '王五', 50_000, rows[3]![4] ?? null, '']);
      return { ...s, rows };
    }),
  };
}

describe.each([
  ['two stages (Sheets)', false],
  ['one read and one write (Excel)', true],
])('Generate funnel, refresh first: %s', (_, oneBatch) => {
  it('goes on when the list is gone, says the tabs were not brought up to date, and counts what they hold', () => {
    const { state, port, fresh } = inMemory({ sheets: [trackerSheet('销售机会跟踪', ZH_HEADERS, trackerRows(6, 5))] }, oneBatch);
    runSetup(port, { date: '2027-01-04' });
    // The team renamed its list's headers beyond recognition: no list is found any more.
    state.wb = { sheets: state.wb.sheets.map((s) => (s.name === '销售机会跟踪' ? { ...s, rows: s.rows.map((r, i) => (i === 2 ? ['a', 'b', 'c', 'd', 'e', 'f'] : r)) } : s)) };
    state.writes = 0;
    state.planned = [];
    const summary = fresh();
    expect(summary.warnings.map((w) => w.code)).toContain('TRACKER_NOT_REFRESHED');
    expect(summary.refreshed).toEqual([]);
    expect(summary.totals.count).toBeGreaterThan(0);
    // The funnel's write only: the refresh wrote nothing.
    expect(state.writes).toBe(1);
    expect(state.planned).toEqual([1]);
  });

  it('leaves a workbook not set up to the funnel\'s own refusal, writing nothing', () => {
    const { state, fresh } = inMemory({ sheets: [trackerSheet('销售机会跟踪', ZH_HEADERS, trackerRows(6, 5))] }, oneBatch);
    expect(() => fresh()).toThrow(/NOT_SET_UP|尚未设置|not set up/i);
    expect(state.writes).toBe(0);
    expect(findOurTabs(state.wb).size).toBe(0);
  });
});

describe('Generate funnel in one read and one write', () => {
  it('leaves the same workbook and says the same as the two stages, reading once and writing the two plans together', () => {
    const twice = inMemory({ sheets: [trackerSheet('销售机会跟踪', ZH_HEADERS, trackerRows(8, 5))] });
    const once = inMemory({ sheets: [trackerSheet('销售机会跟踪', ZH_HEADERS, trackerRows(8, 5))] }, true);
    for (const host of [twice, once]) {
      runSetup(host.port, { date: '2027-01-04' });
      host.state.wb = trackerMoved(host.state.wb);
      host.state.reads = 0;
      host.state.writes = 0;
      host.state.planned = [];
    }
    const two = twice.fresh();
    const one = once.fresh();
    expect([twice.state.reads, twice.state.writes]).toEqual([2, 2]);
    expect([once.state.reads, once.state.writes, once.state.planned]).toEqual([1, 1, [2]]);
    expect(one.refreshed.map((l) => l.code)).toEqual(['REFRESH_ADDED', 'REFRESH_AMOUNT', 'REFRESH_STATUS']);
    expect(one).toEqual(two);
    expect(once.state.wb).toEqual(twice.state.wb);
  });
});
