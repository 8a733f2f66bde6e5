/**
 * Issue 14: the key opportunity brief fills itself (open deals at M2 or beyond, appended by later
 * runs below what reps typed, never over it) and the grading tab shows each customer's pipeline.
 */
import fc from 'fast-check';
import { FIRST_DATA_ROW, MS, applyPlan, findOurTabs, planSetup, type SnapshotCell, type WorkbookSnapshot } from '../../core/layout';
import { BL, BRIEF_COLUMNS, KEY_LEVEL } from '../../core/layout/briefTab';
import { GP } from '../../core/layout/gradingTab';
import { BRIEF } from '../../core/layout/roleColumns';
import { milestoneLevel } from '../../core/checklist';
import { ZH_HEADERS, typed } from './fixtures';

const ENDS = [0, 5, 8, 13, 15, 18, 22];

interface Deal {
  opp: string;
  customer: string;
  stage: string;
  amount: SnapshotCell;
}

function tracker(deals: readonly Deal[]): WorkbookSnapshot {
  return { sheets: [{ name: 'T', rows: [ZH_HEADERS, ...deals.map((d, i): SnapshotCell[] => [d.opp, d.customer, i % 2 ? '李明' : 'Ann', d.amount, null, d.stage])], tables: [] }] };
}


/** Ticks the first `n` checklist items of milestone row i. */
const ticks = (sheet: string, i: number, n: number): [string, number, number, SnapshotCell][] => Array.from({ length: n }, (_, k) => [sheet, FIRST_DATA_ROW + i, MS.checklist + k, true]);

function briefKeys(wb: WorkbookSnapshot): string[] {
  const rows = findOurTabs(wb).get('brief')!.sheet.rows;
  const out: string[] = [];
  for (let r = FIRST_DATA_ROW; r < rows.length; r++) {
    const row = rows[r] ?? [];
    if (row[BRIEF.opportunity] || row[BRIEF.customer]) out.push(`${row[BRIEF.opportunity]}|${row[BRIEF.customer]}`);
  }
  return out;
}

const base: Deal[] = [
  { opp: '机会0', customer: '客户A', stage: '', amount: 100000 },
  { opp: '机会1', customer: '客户A', stage: '', amount: 200000 },
  { opp: '机会2', customer: '客户B', stage: '丢单', amount: 300000 },
  { opp: '机会3', customer: '客户B', stage: '', amount: '待定' },
  { opp: '机会4', customer: '客户C', stage: '', amount: 50000 },
];

function setUp(deals: readonly Deal[] = base): { wb: WorkbookSnapshot; tabs: Record<string, string> } {
  const snap = tracker(deals);
  const plan = planSetup(snap, { lang: 'zh' });
  return { wb: applyPlan(snap, plan), tabs: plan.tabs as Record<string, string> };
}

describe('the key opportunity brief', () => {
  it('lists exactly the open deals at M2 or beyond, in the milestone tab order', () => {
    expect(KEY_LEVEL).toBe(2);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 22 }), { minLength: base.length, maxLength: base.length }), (counts) => {
        const { wb, tabs } = setUp();
        const after = typed(wb, counts.flatMap((n, i) => ticks(tabs.milestones, i, n)));
        const second = applyPlan(after, planSetup(after, { lang: 'zh' }));
        const expected = base.filter((d, i) => d.stage !== '丢单' && milestoneLevel(Array.from({ length: 22 }, (_, k) => k < counts[i])) >= KEY_LEVEL).map((d) => `${d.opp}|${d.customer}`);
        expect(briefKeys(second)).toEqual(expected);
      }),
      { numRuns: 25 },
    );
  });

  it('starts empty on a first set-up (no deal is past M0 yet) with 50 rows to type in', () => {
    const { wb } = setUp();
    expect(briefKeys(wb)).toEqual([]);
    const brief = findOurTabs(wb).get('brief')!.sheet;
    expect(brief.tables[0].bottom).toBe(FIRST_DATA_ROW + 49);
    expect(brief.rows[1]!.slice(BL.intensity, BL.next + 1)).toEqual(['销售强度', '最弱因素', '当前里程碑', '清单下一步']);
  });

  it('keeps what was typed and appends the new key opportunities below it on a later run', () => {
    const { wb, tabs } = setUp();
    const t1 = typed(wb, [...ticks(tabs.milestones, 1, ENDS[3])]);
    const run2 = applyPlan(t1, planSetup(t1, { lang: 'zh' }));
    expect(briefKeys(run2)).toEqual(['机会1|客户A']);
    // The rep fills in the contact, and types a brief of their own for a deal of their choosing below it.
    const row = FIRST_DATA_ROW;
    const t2 = typed(run2, [
      [tabs.brief, row, 3, '张经理'],
      [tabs.brief, row, BRIEF.decisionMaker, '王总'],
      [tabs.brief, row + 1, BRIEF.opportunity, '机会4'],
      [tabs.brief, row + 1, BRIEF.customer, '客户C'],
      [tabs.brief, row + 1, 5, '手写的问题'],
      ...ticks(tabs.milestones, 0, ENDS[2]),
      ...ticks(tabs.milestones, 4, ENDS[4]),
    ]);
    const plan3 = planSetup(t2, { lang: 'zh' });
    const run3 = applyPlan(t2, plan3);
    // 机会4 already has the rep's row: only 机会0 is new, below the typed rows; nothing is reordered.
    expect(briefKeys(run3)).toEqual(['机会1|客户A', '机会4|客户C', '机会0|客户A']);
    const rows = findOurTabs(run3).get('brief')!.sheet.rows;
    expect(rows[row]![3]).toBe('张经理');
    expect(rows[row]![BRIEF.decisionMaker]).toBe('王总');
    expect(rows[row + 1]![5]).toBe('手写的问题');
    // No cell a rep typed is in the plan's writes.
    for (const w of plan3.writes.filter((b) => b.sheet === tabs.brief)) expect(w.row).toBeGreaterThanOrEqual(row + 2);
    // And a run with nothing new adds nothing.
    expect(briefKeys(applyPlan(run3, planSetup(run3, { lang: 'zh' })))).toEqual(briefKeys(run3));
  });

  it('upgrades an earlier version\'s brief (50 blank rows, typed text) in place: its rows kept, key opportunities in its blank rows', () => {
    const { wb, tabs } = setUp();
    // As an earlier version left it: no lookup columns, a rep's note on the first row.
    const old = typed(wb, [...ticks(tabs.milestones, 3, ENDS[5]), [tabs.brief, FIRST_DATA_ROW, 3, '旧的备注']]);
    const brief = old.sheets.find((s) => s.name === tabs.brief)! as unknown as { rows: SnapshotCell[][]; tables: { bottom: number; right: number }[] };
    brief.rows.forEach((r, i) => (brief.rows[i] = r ? r.slice(0, BL.intensity) : r));
    brief.tables = [{ ...brief.tables[0], right: BL.intensity - 1 }];
    const plan = planSetup(old, { lang: 'zh' });
    const after = applyPlan(old, plan);
    const rows = findOurTabs(after).get('brief')!.sheet.rows;
    expect(rows[FIRST_DATA_ROW]![3]).toBe('旧的备注');
    expect(rows[FIRST_DATA_ROW + 1]!.slice(0, 2)).toEqual(['机会3', '客户B']);
    expect(rows[1]!.length).toBe(BRIEF_COLUMNS.length);
    // The lookups over every row of the old table; the table widened, not lengthened.
    const fills = plan.fills.filter((f) => f.sheet === tabs.brief && f.col === BL.milestone);
    expect(Math.min(...fills.map((f) => f.top))).toBe(FIRST_DATA_ROW);
    expect(Math.max(...fills.map((f) => f.bottom))).toBe(FIRST_DATA_ROW + 49);
    expect(plan.tables.find((t) => t.sheet === tabs.brief)?.range).toMatchObject({ bottom: FIRST_DATA_ROW + 49, right: BRIEF_COLUMNS.length - 1 });
  });
});

describe('customer grading with the pipeline beside it', () => {
  it('gives each customer the count, amount and weighted amount of its open deals, as core computes them', () => {
    const { wb, tabs } = setUp();
    const t = typed(wb, [...ticks(tabs.milestones, 0, ENDS[3]), ...ticks(tabs.milestones, 3, ENDS[1])]);
    const plan = planSetup(t, { lang: 'zh' });
    // Nothing new on the grading tab: core's values are those of its first set-up's fills.
    const first = planSetup(tracker(base), { lang: 'zh' });
    const result = (p: typeof plan, col: number) => p.fills.find((f) => f.sheet === tabs.grading && f.col === col)?.results;
    expect(result(first, GP.count)).toEqual([2, 1, 1]);
    expect(result(first, GP.amount)).toEqual([300000, 0, 50000]);
    expect(result(first, GP.weighted)).toEqual([0, 0, 0]);
    expect(plan.fills.filter((f) => f.sheet === tabs.grading)).toEqual([]);
    // A new customer's row: its one deal, new and so at M0 (0 %).
    const grown = tracker([...base, { opp: '机会5', customer: '客户D', stage: '', amount: 10 }]);
    const again = planSetup(typed({ sheets: [grown.sheets[0], ...t.sheets.slice(1)] }, []), { lang: 'zh' });
    expect(result(again, GP.weighted)).toEqual([0]);
    expect(result(again, GP.count)).toEqual([1]);
  });
});
