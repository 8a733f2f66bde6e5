/**
 * The coaching tab reads the milestone and activity tabs down to bounds kept on its marker row, as
 * the brief and the grading tab do, and the control tab the milestone, grading, brief and team
 * tabs down to the brief's: implied on a team's first set-up (no cell written), moved with the
 * formulas that read them when the pipeline or the activity tab passes three quarters of them,
 * then left alone.
 */
import { FIRST_DATA_ROW, applyPlan, findOurTabs, planSetup, type Plan, type SnapshotCell, type WorkbookSnapshot } from '../../core/layout';
import { ACT } from '../../core/layout/activityTab';
import { COACH, COACH_BOUNDS, COACH_TEAM } from '../../core/layout/coachingTab';
import { CONTROL, CONTROL_POINTS } from '../../core/layout/controlTab';
import { PIPELINE_BOUND_CELL, PIPELINE_MIN_ROWS } from '../../core/layout/pipelineRows';
import { SELLER_STEPS } from '../../core/methodology/sellerSteps';
import { ZH_HEADERS, typed, workbook, type Edit } from './fixtures';

const deals = (n: number): SnapshotCell[][] => Array.from({ length: n }, (_, i) => [`机会${i}`, `客户${i % 7}`, i % 2 ? '张伟' : '李明', 1000, null, null]);
const tracker = (n: number) => ({ name: 'T', rows: [ZH_HEADERS, ...deals(n)], tables: [] });
/** The workbook with the tracker holding `n` deals (the first ones those it had). */
const grownTo = (wb: WorkbookSnapshot, n: number): WorkbookSnapshot => ({ sheets: wb.sheets.map((s) => (s.name === 'T' ? tracker(n) : s)) });

const cellsOn = (plan: Plan, kind: 'coaching' | 'control' | 'brief') => ({
  writes: plan.writes.filter((w) => w.sheet === plan.tabs[kind]),
  fills: plan.fills.filter((f) => f.sheet === plan.tabs[kind]),
});
const boundWrite = (plan: Plan, kind: 'coaching' | 'control' | 'brief', at: { row: number; col: number }) => cellsOn(plan, kind).writes.find((w) => w.row === at.row && w.col === at.col)?.values[0][0];
/** Row `bottom`'s number as A1 shows it, after a `$`: the last row a range reads. */
const reads = (bottom: number) => `$${bottom + 1})`;

describe('how far the coaching and control tabs read the tabs below them', () => {
  it('is implied on a first set-up of a team, moved with the formulas reading the milestone tab when the pipeline grows past it, then left alone', () => {
    const first = planSetup(workbook(tracker(10)), { lang: 'zh', date: '2027-01-04' });
    const implied = FIRST_DATA_ROW + PIPELINE_MIN_ROWS - 1;
    const activityImplied = FIRST_DATA_ROW + COACH_BOUNDS.activity.min - 1;
    expect(boundWrite(first, 'coaching', COACH_BOUNDS.milestones.at)).toBeUndefined();
    expect(boundWrite(first, 'coaching', COACH_BOUNDS.activity.at)).toBeUndefined();
    expect(boundWrite(first, 'brief', PIPELINE_BOUND_CELL)).toBeUndefined();
    const coaching = cellsOn(first, 'coaching').fills;
    expect(coaching.find((f) => f.col === COACH.signalsAhead)!.formula).toContain(reads(implied));
    expect(coaching.find((f) => f.col === COACH.firstStep)!.formula).toContain(reads(activityImplied));
    expect(JSON.stringify(cellsOn(first, 'control').writes)).toContain(`$${implied + 1}`);

    // 800 deals: past three quarters of the 1 000 rows read; the bound becomes twice the rows.
    const wb = applyPlan(workbook(tracker(10)), first);
    const grown = grownTo(wb, 800);
    const second = planSetup(grown, { lang: 'zh', date: '2027-01-11' });
    const moved = FIRST_DATA_ROW + 1600 - 1;
    expect(boundWrite(second, 'coaching', COACH_BOUNDS.milestones.at)).toBe(moved);
    expect(boundWrite(second, 'coaching', COACH_BOUNDS.activity.at)).toBeUndefined();
    expect(boundWrite(second, 'brief', PIPELINE_BOUND_CELL)).toBe(moved);
    expect(boundWrite(second, 'control', PIPELINE_BOUND_CELL)).toBeUndefined();
    // The signals column over the rows the tab had, from its first; the step counts read the activity tab, which did not grow.
    const rewritten = cellsOn(second, 'coaching').fills.filter((f) => f.top === FIRST_DATA_ROW);
    expect(rewritten.map((f) => f.col)).toEqual([COACH.signalsAhead]);
    expect(rewritten[0].formula).toContain(reads(moved));
    // Every figure again down to the brief's new bound (with its status and how), the manual point's row left to the manager.
    const manual = FIRST_DATA_ROW + CONTROL_POINTS.findIndex((p) => p.key === 'joined');
    const control = cellsOn(second, 'control').writes;
    expect(control.map((w) => [w.row, w.col, w.values.length])).toEqual([
      [FIRST_DATA_ROW, CONTROL.figure, manual - FIRST_DATA_ROW],
      [manual + 1, CONTROL.figure, CONTROL_POINTS.length - (manual + 1 - FIRST_DATA_ROW)],
    ]);
    expect(JSON.stringify(control)).toContain(`$${moved + 1}`);
    expect(JSON.stringify(control)).not.toContain(`$${implied + 1}`);

    // Nothing new: nothing written on either tab.
    const third = planSetup(applyPlan(grown, second), { lang: 'zh', date: '2027-01-18' });
    expect(cellsOn(third, 'coaching')).toEqual({ writes: [], fills: [] });
    expect(cellsOn(third, 'control')).toEqual({ writes: [], fills: [] });

    // The brief deleted: a new one is made with the bound the pipeline needs, and the control tab follows it.
    const briefless = applyPlan(grown, second);
    const fourth = planSetup({ sheets: briefless.sheets.filter((x) => x.name !== second.tabs.brief) }, { lang: 'zh', date: '2027-01-25' });
    expect(boundWrite(fourth, 'brief', PIPELINE_BOUND_CELL)).toBe(moved);
    expect(JSON.stringify(cellsOn(fourth, 'control').writes)).toContain(`$${moved + 1}`);
  });

  it("moves the coaching tab's bound over the activity tab when a team types rows past it, with the step counts and the team's", () => {
    const wb = applyPlan(workbook(tracker(4)), planSetup(workbook(tracker(4)), { lang: 'zh', date: '2027-01-04' }));
    const activity = findOurTabs(wb).get('activity')!.sheet.name;
    // A row per rep and week: 400 rows, past three quarters of the 500 read.
    const edits: Edit[] = [];
    for (let i = 0; i < 400; i++) edits.push([activity, FIRST_DATA_ROW + i, ACT.rep, i % 2 ? '张伟' : '李明'], [activity, FIRST_DATA_ROW + i, ACT.firstTyped, 1]);
    const plan = planSetup(typed(wb, edits), { lang: 'zh', date: '2027-01-11' });
    const moved = FIRST_DATA_ROW + 800 - 1;
    expect(boundWrite(plan, 'coaching', COACH_BOUNDS.activity.at)).toBe(moved);
    expect(boundWrite(plan, 'coaching', COACH_BOUNDS.milestones.at)).toBeUndefined();
    const rewritten = cellsOn(plan, 'coaching').fills.filter((f) => f.top === FIRST_DATA_ROW);
    expect(rewritten.map((f) => f.col)).toEqual(SELLER_STEPS.map((_, s) => COACH.firstStep + s));
    for (const f of rewritten) expect(f.formula).toContain(reads(moved));
    const team = cellsOn(plan, 'coaching').writes.find((w) => w.col === COACH_TEAM.col)!;
    expect(JSON.stringify(team.values.slice(1, 1 + SELLER_STEPS.length))).toContain(`$${moved + 1}`);
    expect(cellsOn(plan, 'control').writes).toEqual([]);
  });
});
