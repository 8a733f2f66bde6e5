import fc from 'fast-check';
import { FIRST_DATA_ROW, MS, applyPlan, planFunnel, planSetup, type Plan, type SnapshotCell, type WorkbookSnapshot } from '../../core/layout';
import { MSX, VISIT } from '../../core/layout/signalColumns';
import { SIGNALS_AHEAD } from '../../core/buyingSignalRules';
import { dayNumber } from '../../core/cells/calendar';
import type { Lang } from '../../core/methodology';
import { ZH_HEADERS, workbook } from './fixtures';
import { toHyperFormula, value } from './hyperformula';
import { expectClose } from '../support/closeTo';

/**
 * The cached result the plan gives each filled formula (written beside the formula in the .xlsx,
 * for previews and viewers that do not calculate) is what a real engine computes.
 */
// Amounts a cell can hold, from a millionth up: Excel keeps no subnormal number (below 2.2251E-308
// it stores 0), and HyperFormula computes NaN for numbers near the bottom of the range, even
// =SUM(1E-300, 0) (fast-check found 5e-324, 2.2250738585072014e-308 and 1e-300; 1e-200 works).
// Such amounts are not money; the rule for money typed as junk is oneTruth's.
const amount = fc.oneof(fc.integer({ min: 0, max: 5_000_000 }), fc.constant(null), fc.constant(''), fc.double({ min: 0, max: 1e7, noNaN: true }).filter((x) => x === 0 || x >= 1e-6));
const name = fc.string({ minLength: 1, maxLength: 6 }).filter((s) => s.trim() !== '' && !s.startsWith('='));

describe('cached results of the formula columns a set-up fills', () => {
  it.each<Lang>(['zh', 'en'])('equal what HyperFormula computes on the written workbook (%s)', (lang) => {
    fc.assert(
      fc.property(fc.array(fc.tuple(name, name, fc.constantFrom('李明', '张伟', 'Ann'), amount), { minLength: 1, maxLength: 8 }), (rows) => {
        const tracker: SnapshotCell[][] = [ZH_HEADERS, ...rows.map(([o, c, rep, a], i) => [`${o}-${i}`, c, rep, a, null, null])];
        const snap = workbook({ name: 'T', rows: tracker, tables: [] });
        const setup = planSetup(snap, { lang });
        const hf = toHyperFormula(applyPlan(snap, setup));
        const filled = setup.fills.filter((f) => f.results);
        expect(filled.length).toBeGreaterThanOrEqual(13);
        for (const f of filled) {
          for (let r = f.top; r <= f.bottom; r++) {
            const cached = f.results![r - f.top];
            if (cached === undefined) continue;
            const computed = value(hf, f.sheet, r, f.col);
            if (typeof cached === 'number') expectClose(computed, cached);
            else expect(computed).toBe(cached);
          }
        }
      }),
      // The case CI found: HyperFormula's result rounded to eleven significant digits (closeTo.ts).
      { numRuns: 20, examples: [[[['!', '!', '李明', 0.8040514823410001], ['!', '!', '李明', 0]]]] },
    );
  });

  // Issue 12 changed this case: it was "leaves the cache out where the formula would give an
  // error (an amount typed as words)" and found the weighted fill's result undefined. The
  // formula never gave an error there (text weighs 0), and the one rule now says so: an amount
  // the formulas cannot use counts as 0, in the cache as in the cell.
  it('caches 0 for the weighted amount of an amount typed as words, as the formula computes', () => {
    const snap = workbook({ name: 'T', rows: [ZH_HEADERS, ['甲', '乙', '李明', '一百万', null, null]], tables: [] });
    const setup = planSetup(snap);
    const weighted = setup.fills.find((f) => f.sheet === setup.tabs.milestones && f.col === MS.weighted)!;
    expect(weighted.results).toEqual([0]);
    expect(value(toHyperFormula(applyPlan(snap, setup)), weighted.sheet, weighted.top, weighted.col)).toBe(0);
  });
});

/** Every formula cell a plan writes (filled down or in a block of cells), with the result it gives. */
function formulaCells(plan: Plan): { sheet: string; row: number; col: number; result: unknown }[] {
  const out: { sheet: string; row: number; col: number; result: unknown }[] = [];
  for (const f of plan.fills) for (let r = f.top; r <= f.bottom; r++) out.push({ sheet: f.sheet, row: r, col: f.col, result: f.results?.[r - f.top] });
  for (const b of plan.writes) {
    b.values.forEach((cells, i) =>
      cells.forEach((c, j) => {
        if (c !== null && typeof c === 'object' && !(c instanceof Date)) out.push({ sheet: b.sheet, row: b.row + i, col: b.col + j, result: c.result });
      }),
    );
  }
  return out;
}

/** Each formula cell of `plan` has a result, and it is what HyperFormula computes on `snapshot` with the plan applied. */
function expectAllCached(snapshot: WorkbookSnapshot, plan: Plan): void {
  const hf = toHyperFormula(applyPlan(snapshot, plan));
  const cells = formulaCells(plan);
  const missing = cells.filter((c) => c.result === undefined).map((c) => `${c.sheet}!R${c.row + 1}C${c.col + 1}`);
  expect(missing).toEqual([]);
  for (const c of cells) {
    const at = `${c.sheet}!R${c.row + 1}C${c.col + 1}`;
    const computed = value(hf, c.sheet, c.row, c.col);
    const cached = c.result instanceof Date ? dayNumber(c.result) : c.result;
    if (typeof cached !== 'number') expect([at, computed]).toEqual([at, cached]);
    else if (typeof computed !== 'number' || Math.abs(computed - cached) > 1e-9 * Math.max(1, Math.abs(cached))) throw new Error(`${at}: HyperFormula ${String(computed)}, cached ${cached}`);
  }
}

const DATE = '2026-12-07';

describe('every formula cell a set-up writes has its cached result', () => {
  const tracker = (rows: readonly SnapshotCell[][]) => workbook({ name: 'T', rows: [ZH_HEADERS, ...rows], tables: [] });
  const first: SnapshotCell[][] = [
    ['甲机会', '甲公司', '李明', 100_000, null, null],
    ['乙机会', '乙公司', '张伟', 250_000, null, '赢单'],
  ];

  it.each<Lang>(['zh', 'en'])('on a first set-up: the team mix and the control points too, as HyperFormula computes them (%s)', (lang) => {
    const snap = tracker(first);
    const setup = planSetup(snap, { lang, date: DATE });
    expectAllCached(snap, setup);
    // Two customers, neither graded; one open deal (the other won), at M0; two reps without a role-play.
    const figures = setup.writes.find((w) => w.sheet === setup.tabs.control && w.row === FIRST_DATA_ROW)!.values.map((r) => (r[1] as { result?: unknown } | null)?.result);
    expect(figures).toEqual([0, 2, 1, 0, undefined, 2]);
  });

  // Not customers alike but for width (ＡＢ, ab): HyperFormula's "=" takes them as equal and its MATCH does not, so no one
  // reading of them agrees with it everywhere (the grading tab's open-deal count differs from core's on them).
  it.each<Lang>(['zh', 'en'])('on a first set-up of any list: customers alike but for case or spaces, blank ones, won and lost deals (%s)', (lang) => {
    const customer = fc.constantFrom('ab', 'AB ', ' Ab', ' ', '', null, 'cd');
    const stage = fc.constantFrom(null, '赢单', '输单', 'Won', '暂停');
    fc.assert(
      fc.property(fc.array(fc.tuple(name, customer, fc.constantFrom('李明', ' 李明', 'Ann', ''), amount, stage), { minLength: 1, maxLength: 6 }), (rows) => {
        const snap = tracker(rows.map(([o, c, rep, a, st], i) => [`${o}-${i}`, c, rep, a, null, st]));
        expectAllCached(snap, planSetup(snap, { lang, date: DATE }));
      }),
      { numRuns: 6 },
    );
  });

  // New opportunities of the tabs' customers and reps: a new customer's or rep's rows on the grading, activity and
  // coaching tabs read the visit report and the other tabs' rows through formulas core leaves to the engine on a re-run.
  it.each<Lang>(['zh', 'en'])('on a re-run that adds opportunities, one with a buying signal logged, and a decision maker on the brief (%s)', (lang) => {
    const snap = tracker(first);
    const setup = planSetup(snap, { lang, date: DATE });
    const mid = applyPlan(snap, setup);
    // The workbook as the first run left it (the funnel dates the rows), then a week of the team's typing.
    const ran = applyPlan(mid, planFunnel(mid, { lang, date: DATE }));
    const visits = setup.tabs.visits;
    const visit: SnapshotCell[] = [];
    visit[VISIT.date] = new Date(Date.UTC(2026, 11, 1));
    visit[VISIT.customer] = '甲公司';
    visit[VISIT.rep] = '张伟';
    visit[VISIT.step] = 'S1';
    visit[VISIT.opportunity] = '丙机会';
    visit[VISIT.firstSignal] = 'x';
    const brief: SnapshotCell[] = ['甲机会', '甲公司'];
    brief[9] = '王总';
    const typedIn: WorkbookSnapshot = {
      sheets: ran.sheets.map((s) => {
        if (s.name === 'T') return { ...s, rows: [...s.rows, ['丙机会', '甲公司', '张伟', 80_000, null, null], ['丁机会', '乙公司', '李明', 30_000, null, null]] };
        const cells = s.name === visits ? visit : s.name === setup.tabs.brief ? brief : undefined;
        if (!cells) return s;
        const rows = [...s.rows];
        const row = [...(rows[FIRST_DATA_ROW] ?? [])];
        cells.forEach((c, col) => (row[col] = c));
        rows[FIRST_DATA_ROW] = row;
        return { ...s, rows };
      }),
    };
    const again = planSetup(typedIn, { lang, date: DATE });
    expect(again.addedOpportunities).toBe(2);
    expectAllCached(typedIn, again);
    const results = (col: number) => again.fills.find((f) => f.sheet === again.tabs.milestones && f.col === col && f.top > FIRST_DATA_ROW)!.results;
    expect(results(MSX.signalVisits)).toEqual([1, 0]);
    expect(results(MSX.signalsAhead)).toEqual([SIGNALS_AHEAD[lang], '']);
  });
});
