/**
 * Issue 14, the 辅导 Coaching tab: per rep, the S1–S6 counts, the steps never taken, the share of
 * asks against the team's and its flag, and the open deals with buying signals ahead, as
 * HyperFormula computes the formulas the set-up writes, equal core's coaching view
 * (core/report/coaching.ts) on the same workbook, for generated counts, visits and statuses.
 */
import fc from 'fast-check';
import { FIRST_DATA_ROW, MS, applyPlan, findOurTabs, planSetup, type SnapshotCell, type WorkbookSnapshot } from '../../core/layout';
import { ACT } from '../../core/layout/activityTab';
import { COACH, COACH_TEAM, FEW_ASKS } from '../../core/layout/coachingTab';
import { repKey } from '../../core/layout/tabRules';
import { coachingView } from '../../core/report/coaching';
import { SELLER_STEPS } from '../../core/methodology/sellerSteps';
import { EN_HEADERS, ZH_HEADERS, workbook } from './fixtures';
import { agreesInBothLanguages, frozen, toHyperFormula, value } from './hyperformula';
import { MSX, VISIT } from '../../core/layout/signalColumns';

type Lang = 'zh' | 'en';
const ASK = SELLER_STEPS.findIndex((s) => s.id === 'S5');

const reps = fc.constantFrom('李明', '张伟', 'Ann', 'ann ', 'Ann*');
const count: fc.Arbitrary<SnapshotCell> = fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 30 }) }, { weight: 2, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.constantFrom<SnapshotCell>(null, 'n/a') });
const step: fc.Arbitrary<SnapshotCell> = fc.oneof(fc.integer({ min: 0, max: 5 }).map((s) => `${SELLER_STEPS[s].id} x`), fc.constantFrom<SnapshotCell>(null, 's5'));

interface Typed {
  tracker: string[];
  statuses: SnapshotCell[];
  counts: SnapshotCell[][];
  /** Visits: rep, step, the deal (tracker row) and whether a signal was seen. */
  visits: [string, SnapshotCell, number, boolean][];
}

const typed: fc.Arbitrary<Typed> = fc.record({
  tracker: fc.array(reps, { minLength: 1, maxLength: 5 }),
  statuses: fc.array(fc.constantFrom<SnapshotCell>(null, null, '赢单', 'Lost'), { minLength: 1, maxLength: 5 }),
  counts: fc.array(fc.array(count, { minLength: SELLER_STEPS.length, maxLength: SELLER_STEPS.length }), { maxLength: 5 }),
  visits: fc.array(fc.tuple(reps, step, fc.integer({ min: 0, max: 4 }), fc.boolean()), { maxLength: 12 }),
});

function rowsOf(wb: WorkbookSnapshot, name: string): SnapshotCell[][] {
  return wb.sheets.find((s) => s.name === name)!.rows as SnapshotCell[][];
}

function setRow(rows: SnapshotCell[][], r: number, cells: Record<number, SnapshotCell>): void {
  const row = [...(rows[r] ?? [])];
  for (const [c, v] of Object.entries(cells)) row[Number(c)] = v;
  rows[r] = row;
}

/** The set-up on a tracker, then statuses on the milestone tab, counts typed on the activity tab, visits logged. */
function typedWorkbook(lang: Lang, t: Typed): WorkbookSnapshot {
  const snap = workbook({ name: 'T', rows: [lang === 'zh' ? ZH_HEADERS : EN_HEADERS, ...t.tracker.map((rep, i) => [`机会${i}`, `客户${i}`, rep, 1000, null, null])], tables: [] });
  const setup = planSetup(snap, { lang });
  const wb = applyPlan(snap, setup);
  const ms = rowsOf(wb, setup.tabs.milestones);
  t.tracker.forEach((_, i) => setRow(ms, FIRST_DATA_ROW + i, { [MS.status]: t.statuses[i % t.statuses.length] }));
  const activity = rowsOf(wb, setup.tabs.activity);
  t.counts.forEach((c, i) => {
    if (activity[FIRST_DATA_ROW + i]) setRow(activity, FIRST_DATA_ROW + i, Object.fromEntries(c.map((v, s) => [ACT.firstTyped + s, v])));
  });
  const visits = rowsOf(wb, setup.tabs.visits);
  t.visits.forEach(([rep, s, deal, signal], i) => {
    const k = deal % t.tracker.length;
    setRow(visits, FIRST_DATA_ROW + i, { [VISIT.date]: 46000 + i, [VISIT.customer]: `客户${k}`, [VISIT.rep]: rep, [VISIT.step]: s, [VISIT.opportunity]: `机会${k}`, [VISIT.firstSignal]: signal ? '点头' : null });
  });
  return wb;
}

/** The tabs the coaching formulas read, directly or through the milestone tab's: HyperFormula is slow over the whole workbook. */
function readBy(wb: WorkbookSnapshot): WorkbookSnapshot {
  const tabs = findOurTabs(wb);
  return { sheets: (['coaching', 'activity', 'visits', 'milestones', 'rubrics'] as const).map((k) => tabs.get(k)!.sheet) };
}

const near = (v: unknown) => (typeof v === 'number' ? Math.round(v * 1e9) / 1e9 : v);

/** Each rep row of the coaching tab and the team's counts as HyperFormula computes them (on `computed`: `wb` with formulas frozen), against the coaching view. */
function check(lang: Lang, wb: WorkbookSnapshot, computed = wb): void {
  const tab = findOurTabs(wb).get('coaching')!.sheet;
  const hf = toHyperFormula(readBy(computed));
  const view = coachingView(wb);
  const cell = (r: number, c: number) => near(value(hf, tab.name, r, c));
  view.team.counts.forEach((n, s) => expect([SELLER_STEPS[s].id, cell(COACH_TEAM.firstRow + s, COACH_TEAM.col + 1)]).toEqual([SELLER_STEPS[s].id, n]));
  for (let r = FIRST_DATA_ROW; r < tab.rows.length; r++) {
    const name = tab.rows[r]?.[COACH.rep];
    // Beside the rep rows: the team's counts, on rows of their own where the table ends first.
    if (name === null || name === undefined) continue;
    const rep = view.reps.find((x) => repKey(x.rep) === repKey(name));
    if (!rep) throw new Error(`no rep ${String(name)} in the coaching view`);
    const counts = rep.activity?.counts ?? SELLER_STEPS.map(() => 0);
    const shown = {
      counts: SELLER_STEPS.map((_, s) => cell(r, COACH.firstStep + s)),
      total: cell(r, COACH.total),
      never: cell(r, COACH.never),
      askShare: cell(r, COACH.askShare),
      teamAskShare: cell(r, COACH.teamAskShare),
      fewAsks: cell(r, COACH.fewAsks),
      signalsAhead: cell(r, COACH.signalsAhead),
    };
    expect({ rep: rep.rep, ...shown }).toEqual({
      rep: rep.rep,
      counts,
      total: rep.activity?.total ?? 0,
      never: rep.neverTaken.map((s) => s.id).join(' '),
      askShare: near(rep.activity?.shares[ASK] ?? 0),
      teamAskShare: near(view.team.shares[ASK]),
      fewAsks: rep.fewAsks ? FEW_ASKS[lang] : '',
      signalsAhead: rep.signalsAheadDeals,
    });
  }
}

describe('the coaching tab: core and the written formulas agree (HyperFormula)', () => {
  // HyperFormula takes about a second per workbook over the milestone tab's formulas: few runs.
  agreesInBothLanguages('every figure of every rep, for counts typed, visits logged, signals and statuses', typed, (lang, t) => check(lang, typedWorkbook(lang, t)), 6);

  it('caches on a first set-up the results the formulas give (nothing typed, logged or ticked yet)', () => {
    const snap = workbook({ name: 'T', rows: [EN_HEADERS, ['ERP', 'Acme', '李明', 1000, null, null], ['CRM', 'Beta', 'Ann', 2000, null, null]], tables: [] });
    const setup = planSetup(snap, { lang: 'en' });
    const wb = applyPlan(snap, setup);
    const tab = setup.tabs.coaching;
    const hf = toHyperFormula(readBy(wb));
    const cached: [number, number, unknown][] = [];
    for (const f of setup.fills.filter((x) => x.sheet === tab)) f.results!.forEach((v, i) => cached.push([f.top + i, f.col, v]));
    for (const w of setup.writes.filter((x) => x.sheet === tab))
      w.values.forEach((row, i) => row.forEach((c, j) => c !== null && typeof c === 'object' && !(c instanceof Date) && cached.push([w.row + i, w.col + j, c.result])));
    expect(cached).toHaveLength(2 * (SELLER_STEPS.length + 6) + SELLER_STEPS.length + 2);
    for (const [r, c, v] of cached) expect([r, c, v]).toEqual([r, c, value(hf, tab, r, c)]);
  });

  it('flags the rep who never asks and the one far below the team, and counts the deal with signals ahead', () => {
    const t: Typed = {
      tracker: ['李明', '丁磊', 'Ann'],
      statuses: [null],
      counts: [
        [10, 5, 5, 5, 10, 5],
        [20, 10, 5, 5, 0, 5],
        [20, 10, 5, 5, 1, 5],
      ],
      visits: [['Ann', 'S2 x', 2, true]],
    };
    const wb = typedWorkbook('zh', t);
    const tab = findOurTabs(wb).get('coaching')!.sheet;
    const hf = toHyperFormula(readBy(wb));
    const row = (i: number, c: number) => value(hf, tab.name, FIRST_DATA_ROW + i, c);
    expect(row(0, COACH.fewAsks)).toBe('');
    expect(row(1, COACH.never)).toBe('S5');
    expect(row(1, COACH.fewAsks)).toBe('');
    // Ann: 1 ask in 47 steps, the team 11 in 137: under half the team's share.
    expect(row(2, COACH.firstStep + 1)).toBe(11);
    expect(row(2, COACH.fewAsks)).toBe(FEW_ASKS.zh);
    expect(row(2, COACH.signalsAhead)).toBe(1);
    check('zh', wb);
  });

  it('reads the milestone tab past its first 5 000 rows: a deal with signals ahead on row 5 100 counts for its rep (5 200 deals)', () => {
    const deal = 5100;
    const rows = Array.from({ length: 5200 }, (_, i): SnapshotCell[] => [`机会${i}`, `客户${i % 9}`, i < 5000 ? '李明' : 'Ann', 1000, null, null]);
    const snap = workbook({ name: 'T', rows: [ZH_HEADERS, ...rows], tables: [] });
    const setup = planSetup(snap, { lang: 'zh' });
    const wb = applyPlan(snap, setup);
    // A visit of Ann's deal at no milestone yet saw a signal, and asked for the business.
    setRow(rowsOf(wb, setup.tabs.visits), FIRST_DATA_ROW, { [VISIT.date]: 46000, [VISIT.customer]: `客户${deal % 9}`, [VISIT.rep]: 'Ann', [VISIT.step]: 'S5 x', [VISIT.opportunity]: `机会${deal}`, [VISIT.firstSignal]: '点头' });
    // The milestone tab's formulas as the set-up computed them (nothing ticked or typed since), but the visited deal's signal columns.
    const signals: number[] = [MSX.signalVisits, MSX.lastSignal, MSX.signalsAhead];
    const computed = frozen(wb, setup, [setup.tabs.milestones], (_, r, c) => r === FIRST_DATA_ROW + deal && signals.includes(c));
    const tab = findOurTabs(wb).get('coaching')!.sheet;
    const ann = tab.rows.findIndex((r) => r?.[COACH.rep] === 'Ann');
    expect(value(toHyperFormula(readBy(computed)), tab.name, ann, COACH.signalsAhead)).toBe(1);
    check('zh', wb, computed);
  });
});
