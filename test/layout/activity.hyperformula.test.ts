/**
 * Issue 14, the visit report feeds the activity tab: per rep, the visits logged at each step S1–S6
 * by formula beside the counts typed, the total and the share of asks adding both. HyperFormula's
 * results of the formulas the set-up writes equal core's (the formulas' value twins and the
 * coaching view) for whatever reps and steps are logged and counts typed.
 */
import fc from 'fast-check';
import { FIRST_DATA_ROW, applyPlan, findOurTabs, planSetup, type PlanCell, type SnapshotCell, type WorkbookSnapshot } from '../../core/layout';
import { ACT, activityFormulas, readStepVisits } from '../../core/layout/activityTab';
import { VISIT } from '../../core/layout/signalColumns';
import { coachingView } from '../../core/report/coaching';
import { SELLER_STEPS } from '../../core/methodology/sellerSteps';
import { repKey } from '../../core/layout/tabRules';
import { EN_HEADERS, ZH_HEADERS, workbook } from './fixtures';
import { agreesInBothLanguages, toHyperFormula, value } from './hyperformula';

type Lang = 'zh' | 'en';

const reps = fc.constantFrom('李明', '张伟', 'Ann', 'ann ', ' 李明', 'Ann*');
const step: fc.Arbitrary<SnapshotCell> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: SELLER_STEPS.length - 1 }).map((s) => `${SELLER_STEPS[s].id} ${SELLER_STEPS[s].zh}`) },
  { weight: 2, arbitrary: fc.constantFrom<SnapshotCell>('s3', ' S5', 'S2 Probe', null, '', 'x', 7, 'S9 nothing') },
);
const visitRep: fc.Arbitrary<SnapshotCell> = fc.oneof({ weight: 5, arbitrary: reps }, { weight: 1, arbitrary: fc.constantFrom<SnapshotCell>(null, ' ', 'Bob') });
const count: fc.Arbitrary<SnapshotCell> = fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 0, max: 40 }) }, { weight: 1, arbitrary: fc.constantFrom<SnapshotCell>(null, '', 'n/a') });

interface Typed {
  tracker: string[];
  visits: [SnapshotCell, SnapshotCell][];
  counts: SnapshotCell[][];
}

const typed: fc.Arbitrary<Typed> = fc.record({
  tracker: fc.array(reps, { minLength: 1, maxLength: 5 }),
  visits: fc.array(fc.tuple(visitRep, step), { maxLength: 25 }),
  counts: fc.array(fc.array(count, { minLength: SELLER_STEPS.length, maxLength: SELLER_STEPS.length }), { maxLength: 4 }),
});

function rowsOf(wb: WorkbookSnapshot, name: string): SnapshotCell[][] {
  return wb.sheets.find((s) => s.name === name)!.rows as SnapshotCell[][];
}

/** The set-up on a tracker, then the visits logged and counts typed on the activity tab's first rows. */
function typedWorkbook(lang: Lang, t: Typed): WorkbookSnapshot {
  const snap = workbook({ name: 'T', rows: [lang === 'zh' ? ZH_HEADERS : EN_HEADERS, ...t.tracker.map((rep, i) => [`机会${i}`, `客户${i}`, rep, 1000, null, null])], tables: [] });
  const setup = planSetup(snap, { lang });
  const wb = applyPlan(snap, setup);
  const visits = rowsOf(wb, setup.tabs.visits);
  t.visits.forEach(([rep, s], i) => {
    const row: SnapshotCell[] = [...(visits[FIRST_DATA_ROW + i] ?? [])];
    row[VISIT.date] = 46000 + i;
    row[VISIT.customer] = `客户${i}`;
    row[VISIT.rep] = rep;
    row[VISIT.step] = s;
    visits[FIRST_DATA_ROW + i] = row;
  });
  typeCounts(rowsOf(wb, setup.tabs.activity), t.counts);
  return wb;
}

function typeCounts(activity: SnapshotCell[][], counts: readonly SnapshotCell[][]): void {
  counts.forEach((c, i) => {
    const r = FIRST_DATA_ROW + i;
    if (!activity[r]) return;
    const row = [...activity[r]];
    c.forEach((v, s) => (row[ACT.firstTyped + s] = v));
    activity[r] = row;
  });
}

/** The activity tab and the visit report alone: the activity formulas read no other tab. */
function activityOnly(wb: WorkbookSnapshot): WorkbookSnapshot {
  const tabs = findOurTabs(wb);
  return { sheets: [tabs.get('activity')!.sheet, tabs.get('visits')!.sheet] };
}

const num = (v: unknown) => (typeof v === 'number' ? v : 0);
/** HyperFormula rounds its results to 12 significant digits (the share of asks). */
const near = (v: unknown) => (typeof v === 'number' ? Math.round(v * 1e9) / 1e9 : v);

/** Every formula cell of the activity tab as HyperFormula computes it, against its value twin; then the coaching view's counts against the tab's. */
function check(lang: Lang, wb: WorkbookSnapshot): void {
  const tabs = findOurTabs(wb);
  const activity = tabs.get('activity')!.sheet;
  const hf = toHyperFormula(activityOnly(wb));
  const formulas = activityFormulas({ lang, tabs: {} as never }, readStepVisits(tabs.get('visits')!.sheet));
  const shown = new Map<string, number[]>();
  for (let r = FIRST_DATA_ROW; r < activity.rows.length; r++) {
    const cells = (activity.rows[r] ?? []) as PlanCell[];
    for (const f of formulas) expect([r, f.col, near(value(hf, activity.name, r, f.col))]).toEqual([r, f.col, near(f.value!(cells))]);
    const key = repKey(cells[ACT.rep]);
    if (key === '') continue;
    // What the tab shows per step: the typed count (as SUM reads it) and the logged one.
    const steps = SELLER_STEPS.map((_, s) => num(cells[ACT.firstTyped + s]) + num(value(hf, activity.name, r, ACT.firstLogged + s)));
    shown.set(key, (shown.get(key) ?? steps.map(() => 0)).map((n, s) => n + steps[s]));
  }
  const view = coachingView(wb);
  for (const rep of view.reps) {
    const key = repKey(rep.rep);
    if (shown.has(key)) expect([rep.rep, rep.activity?.counts]).toEqual([rep.rep, shown.get(key)]);
  }
}

describe('the activity tab counts the visits logged (HyperFormula)', () => {
  agreesInBothLanguages('logged, typed, total and share of asks equal core for any reps and steps logged', typed, (lang, t) => check(lang, typedWorkbook(lang, t)), 30);

  it('counts a rep\'s visits by step, trimmed and case ignored, and adds them to the counts typed', () => {
    const t: Typed = {
      tracker: ['李明', 'Ann'],
      visits: [
        ['李明', 'S1 建立信任'],
        [' 李明 ', 'S1 建立信任'],
        ['ann', 's5'],
        ['Ann', 'S5 要求生意'],
        ['Bob', 'S5 要求生意'],
        [null, 'S2 探寻需求'],
      ],
      counts: [[1, 0, 0, 0, 0, 0], [null, 2, null, null, null, null]],
    };
    const wb = typedWorkbook('zh', t);
    const tab = findOurTabs(wb).get('activity')!.sheet;
    const hf = toHyperFormula(activityOnly(wb));
    const row = (r: number) => Array.from({ length: 15 }, (_, c) => value(hf, tab.name, FIRST_DATA_ROW + r, c));
    // 李明: 1 typed S1 + 2 logged S1. Ann: 2 typed S2 + 2 logged S5: half her steps are asks.
    expect(row(0).slice(ACT.total)).toEqual([3, 0, 2, 0, 0, 0, 0, 0]);
    expect(row(1).slice(ACT.total)).toEqual([4, 0.5, 0, 0, 0, 0, 2, 0]);
    const view = coachingView(wb);
    expect(view.reps.map((r) => [r.rep, r.activity?.counts])).toEqual([
      ['李明', [3, 0, 0, 0, 0, 0]],
      ['Ann', [0, 2, 0, 0, 2, 0]],
    ]);
    check('zh', wb);
  });

  it('still counts what a team types when it logs no visit: the total and the coaching as before', () => {
    const wb = typedWorkbook('en', { tracker: ['李明'], visits: [], counts: [[10, 5, 3, 2, 0, 1]] });
    const tab = findOurTabs(wb).get('activity')!.sheet;
    const hf = toHyperFormula(activityOnly(wb));
    expect(value(hf, tab.name, FIRST_DATA_ROW, ACT.total)).toBe(21);
    expect(value(hf, tab.name, FIRST_DATA_ROW, ACT.askShare)).toBe(0);
    const rep = coachingView(wb).reps[0];
    expect(rep.activity?.counts).toEqual([10, 5, 3, 2, 0, 1]);
    expect(rep.neverTaken).toEqual([]);
    check('en', wb);
  });

  it('takes a number typed over a logged cell as typed, in the workbook and in coaching', () => {
    const wb = typedWorkbook('zh', { tracker: ['李明'], visits: [['李明', 'S3 提出方案']], counts: [] });
    const rows = rowsOf(wb, findOurTabs(wb).get('activity')!.sheet.name);
    rows[FIRST_DATA_ROW] = [...rows[FIRST_DATA_ROW]];
    rows[FIRST_DATA_ROW][ACT.firstLogged + 2] = 4;
    expect(coachingView(wb).reps[0].activity?.counts).toEqual([0, 0, 4, 0, 0, 0]);
    const hf = toHyperFormula(activityOnly(wb));
    expect(value(hf, findOurTabs(wb).get('activity')!.sheet.name, FIRST_DATA_ROW, ACT.total)).toBe(4);
  });
});
