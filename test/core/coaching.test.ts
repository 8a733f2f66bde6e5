import { MethodError } from '../../core/errors';
import { applyPlan, inputColumn, MS, planSetup, FIRST_DATA_ROW, type SnapshotCell, type WorkbookSnapshot } from '../../core/layout';
import { coachingView } from '../../core/report/coaching';
import { zhTracker } from '../layout/fixtures';
import { VISIT } from '../../core/layout/signalColumns';

type Rows = (SnapshotCell[] | undefined)[];

/** A set-up workbook (three reps' deals), its tabs' rows handed to `edit` to type into. */
function workbook(edit: (tabs: Record<string, Rows>) => void): WorkbookSnapshot {
  const before: WorkbookSnapshot = { sheets: [zhTracker(12, 3)] };
  const setup = planSetup(before);
  const after = applyPlan(before, setup);
  const rows: Record<string, Rows> = {};
  const sheets = after.sheets.map((s) => {
    const copy = s.rows.map((r) => (r ? [...r] : r));
    rows[s.name] = copy;
    return { ...s, rows: copy };
  });
  edit({ milestones: rows[setup.tabs.milestones], intensity: rows[setup.tabs.intensity], activity: rows[setup.tabs.activity], visits: rows[setup.tabs.visits] });
  return { sheets };
}

function set(rows: Rows, row: number, col: number, value: SnapshotCell): void {
  const r = rows[row] ?? [];
  r[col] = value;
  rows[row] = r;
}

describe('coachingView', () => {
  it('refuses a workbook not set up', () => {
    expect(() => coachingView({ sheets: [zhTracker(3)] })).toThrow(MethodError);
  });

  it('leaves out a deal that is won, and says no step is next when all 22 are verified', () => {
    let won = '';
    let done = '';
    const snapshot = workbook(({ milestones }) => {
      won = String(milestones[FIRST_DATA_ROW]![MS.opportunity]);
      set(milestones, FIRST_DATA_ROW, MS.status, '赢单');
      done = String(milestones[FIRST_DATA_ROW + 1]![MS.opportunity]);
      for (let k = 0; k < 22; k++) set(milestones, FIRST_DATA_ROW + 1, MS.checklist + k, true);
    });
    const deals = coachingView(snapshot).reps.flatMap((r) => r.opportunities);
    const open = coachingView(workbook(() => undefined)).reps.flatMap((r) => r.opportunities.map((d) => d.opportunity));
    expect(open).toContain(won);
    expect(deals.map((d) => d.opportunity).sort()).toEqual(open.filter((name) => name !== won).sort());
    const all = deals.find((d) => d.opportunity === done)!;
    expect(all.nextStep).toBeNull();
    expect(all.milestone.id).toBe('M6');
  });

  it('counts an activity cell that is no whole number as 0 and says where, in both languages', () => {
    let rep = '';
    const snapshot = workbook(({ activity }) => {
      rep = String(activity[FIRST_DATA_ROW]![0]);
      set(activity, FIRST_DATA_ROW, 1, 'abc');
      set(activity, FIRST_DATA_ROW, 2, 4);
      set(activity, FIRST_DATA_ROW + 1, 5, 3);
    });
    const view = coachingView(snapshot);
    expect(view.warnings).toHaveLength(1);
    expect(view.warnings[0].zh).toMatch(/“业务动作追踪”第 3 行:探察聆听的次数“abc”无效.*按 0 计/);
    expect(view.warnings[0].en).toMatch(/row 3 of "业务动作追踪": Probe and listen count "abc" is not valid.*counted as 0/);
    const first = view.reps.find((r) => r.rep === rep)!;
    expect(first.activity!.counts).toEqual([0, 4, 0, 0, 0, 0]);
    // The team asks (the second rep did), this rep never: S5 is a step never taken; S1, which
    // nobody on the team took, is not.
    expect(first.neverTaken.map((s) => s.id)).toEqual(['S5']);
  });

  it('leaves a deal whose level is not the rubric\'s out of the 5K coaching, and says so', () => {
    const snapshot = workbook(({ intensity }) => {
      set(intensity, FIRST_DATA_ROW, inputColumn('problem', 'level'), 'Z9 nonsense');
      set(intensity, FIRST_DATA_ROW + 1, inputColumn('power', 'level'), 'W3');
    });
    const view = coachingView(snapshot);
    expect(view.warnings).toHaveLength(1);
    expect(view.warnings[0].en).toMatch(/row 3 of "销售强度": .*this deal is left out of the 5K coaching/);
    const deals = view.reps.flatMap((r) => r.opportunities);
    const scored = deals.filter((d) => d.weakest !== null);
    // The second deal: power at W3, every other factor blank (0), so problem is the weakest (first in factor order).
    expect(scored).toHaveLength(1);
    expect(scored[0].weakest).toMatchObject({ key: 'problem', score: 0 });
    expect(scored[0].intensity).toBeGreaterThan(0);
    expect(scored[0].fiveK).toBe(0);
  });

  it('flags a deal showing buying signals at M2 or before, and not one past M2', () => {
    let early = '';
    let later = '';
    const snapshot = workbook(({ milestones, visits }) => {
      const deal = (r: number) => milestones[r]!;
      // Two open deals (blank status), the second ticked to M3.
      const open = milestones.map((row, r) => (r >= FIRST_DATA_ROW && row && (row[MS.status] ?? null) === null ? r : -1)).filter((r) => r >= 0);
      early = String(deal(open[0])[MS.opportunity]);
      later = String(deal(open[1])[MS.opportunity]);
      for (let k = 0; k < 13; k++) set(milestones, open[1], MS.checklist + k, true);
      [open[0], open[1]].forEach((r, i) => {
        set(visits, FIRST_DATA_ROW + i, VISIT.date, 46000 + i);
        set(visits, FIRST_DATA_ROW + i, VISIT.customer, deal(r)[MS.customer]);
        set(visits, FIRST_DATA_ROW + i, VISIT.opportunity, deal(r)[MS.opportunity]);
        set(visits, FIRST_DATA_ROW + i, VISIT.firstSignal + 2, '以价钱为中心谈话时');
      });
    });
    const view = coachingView(snapshot);
    const deals = view.reps.flatMap((r) => r.opportunities);
    const e = deals.find((d) => d.opportunity === early)!;
    expect(e.signals).toEqual({ count: 1, latest: 46000 });
    expect(e.signalsAhead).toBe(true);
    const l = deals.find((d) => d.opportunity === later)!;
    expect(l.milestone.id).toBe('M3');
    expect(l.signalsAhead).toBe(false);
    expect(view.reps.reduce((n, r) => n + r.signalsAheadDeals, 0)).toBe(1);
  });
});
