/**
 * Issue 13, "every run refreshes": core's Generate funnel (runFreshFunnel) over an in-memory port,
 * the cases the shared scenarios do not reach.
 */
import { applyPlan, findOurTabs, type WorkbookSnapshot } from '../../core/layout';
import { runFreshFunnel, runSetup, type PortRead, type RunPort } from '../../core/run';
import { ZH_HEADERS } from '../scenarios/scenarios';
import { trackerRows, trackerSheet } from '../scenarios/trackerSheet';

/** A workbook in memory and the port core runs on it; `writes` counts the plans applied. */
function inMemory(initial: WorkbookSnapshot) {
  const state = { wb: initial, writes: 0 };
  const port: RunPort<PortRead, 'sync'> = {
    mode: 'sync',
    document: 'workbook',
    read: () => ({ snapshot: state.wb }),
    apply: (plans) => {
      state.writes++;
      state.wb = plans.reduce((wb, plan) => applyPlan(wb, plan), state.wb);
      return [];
    },
    today: () => '2027-01-11',
    progress: () => undefined,
  };
  return { state, port, fresh: () => runFreshFunnel<PortRead, 'sync'>((action) => action(port), { date: '2027-01-11' }) };
}

describe('Generate funnel, refresh first', () => {
  it('goes on when the list is gone, says the tabs were not brought up to date, and counts what they hold', () => {
    const { state, port, fresh } = inMemory({ sheets: [trackerSheet('销售机会跟踪', ZH_HEADERS, trackerRows(6, 5))] });
    runSetup(port, { date: '2027-01-04' });
    // The team renamed its list's headers beyond recognition: no list is found any more.
    state.wb = { sheets: state.wb.sheets.map((s) => (s.name === '销售机会跟踪' ? { ...s, rows: s.rows.map((r, i) => (i === 2 ? ['a', 'b', 'c', 'd', 'e', 'f'] : r)) } : s)) };
    state.writes = 0;
    const summary = fresh();
    expect(summary.warnings.map((w) => w.code)).toContain('TRACKER_NOT_REFRESHED');
    expect(summary.refreshed).toEqual([]);
    expect(summary.totals.count).toBeGreaterThan(0);
    // The funnel's write only: the refresh wrote nothing.
    expect(state.writes).toBe(1);
  });

  it('leaves a workbook not set up to the funnel\'s own refusal, writing nothing', () => {
    const { state, fresh } = inMemory({ sheets: [trackerSheet('销售机会跟踪', ZH_HEADERS, trackerRows(6, 5))] });
    expect(() => fresh()).toThrow(/NOT_SET_UP|尚未设置|not set up/i);
    expect(state.writes).toBe(0);
    expect(findOurTabs(state.wb).size).toBe(0);
  });
});
