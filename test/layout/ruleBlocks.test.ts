import fc from 'fast-check';
import { HyperFormula } from 'hyperformula';
import { applyPlan, findOurTabs, FIRST_DATA_ROW, MS, planSetup, type CellRange, type Plan, type SnapshotCell, type WorkbookSnapshot } from '../../core/layout';
import { levelFills } from '../../core/layout/colorScales';
import { LEVEL_FILLS } from '../../core/layout/columns';
import { RULES_BOUND_CELL, blockBound } from '../../core/layout/ruleBlocks';
import { ZH_HEADERS, workbook } from './fixtures';

const KINDS = ['milestones', 'intensity', 'activity'] as const;
type Kind = (typeof KINDS)[number];

const deals = (n: number): SnapshotCell[][] => Array.from({ length: n }, (_, i) => [`机会${i}`, `客户${i}`, `销售${i % 9}`, 1000 + i, null, null]);
const withTracker = (wb: WorkbookSnapshot | undefined, n: number): WorkbookSnapshot => {
  const tracker = { name: 'T', rows: [ZH_HEADERS, ...deals(n)], tables: [] };
  return wb ? { sheets: wb.sheets.map((s) => (s.name === 'T' ? tracker : s)) } : workbook(tracker);
};

/** The rows a plan gives colour rules to on each tab: the level fills' ranges, the scales'. */
function ruleRows(plan: Plan, names: Record<Kind, string>): Record<Kind, CellRange[]> {
  const rows = (r: CellRange) => ({ top: r.top, bottom: r.bottom, left: 0, right: 0 });
  return {
    milestones: plan.conditionalFormats.filter((c) => c.sheet === names.milestones).map((c) => rows(c.range)),
    intensity: (plan.colorScales ?? []).filter((c) => c.sheet === names.intensity).map((c) => rows(c.range)),
    activity: (plan.colorScales ?? []).filter((c) => c.sheet === names.activity).map((c) => rows(c.range)),
  };
}

/** Set-ups adding `adds[i]` opportunities each: the rows each run gave rules to, by tab, and the workbook after. */
function setups(adds: readonly number[]): { given: Record<Kind, CellRange[]>[]; after: WorkbookSnapshot; names: Record<Kind, string> } {
  let wb: WorkbookSnapshot | undefined;
  let n = 0;
  let names = { milestones: '里程碑', intensity: '销售强度', activity: '业务动作追踪' } as Record<Kind, string>;
  const given: Record<Kind, CellRange[]>[] = [];
  for (const add of adds) {
    n += add;
    const before = withTracker(wb, n);
    const plan = planSetup(before);
    wb = applyPlan(before, plan);
    const ours = findOurTabs(wb);
    names = Object.fromEntries(KINDS.map((k) => [k, ours.get(k)!.sheet.name])) as Record<Kind, string>;
    given.push(ruleRows(plan, names));
  }
  return { given, after: wb!, names };
}

describe('colour rules by blocks of rows', () => {
  it('ends blocks at the sheet\'s rows 1 000, 2 000, 4 000, … (0-based 999, 1 999, 3 999), the last at Excel\'s last row', () => {
    expect([0, 2, 999, 1000, 1999, 2000, 50_001, 1_048_575].map(blockBound)).toEqual([999, 999, 999, 1999, 1999, 3999, 63_999, 1_048_575]);
  });

  it('gives each tab\'s rules once per block over any set-ups: every data row covered once, no rows twice, one rule set per block (property)', () => {
    const add = fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 200, max: 1300 }));
    fc.assert(
      fc.property(fc.array(add, { minLength: 1, maxLength: 5 }), (adds) => {
        const { given, after, names } = setups(adds);
        const total = adds.reduce((a, b) => a + b, 0);
        const reps = Math.min(total, 9);
        for (const kind of KINDS) {
          const ranges = given.flatMap((g) => g[kind]);
          // The first set-up colours its rows (a tab without any: its one blank row) and the blank rows below.
          const last = FIRST_DATA_ROW - 1 + Math.max(1, kind === 'activity' ? reps : total);
          expect(ranges[0].top).toBe(FIRST_DATA_ROW);
          ranges.forEach((r, i) => {
            expect(r.bottom).toBe(blockBound(r.bottom));
            if (i > 0) expect(r.top).toBe(ranges[i - 1].bottom + 1);
          });
          expect(ranges[ranges.length - 1].bottom).toBe(blockBound(last));
          // At most one rule set per run, and one per block: log2 of the rows, not the runs.
          for (const g of given) expect(g[kind].length).toBeLessThanOrEqual(1);
          expect(ranges.length).toBeLessThanOrEqual(1 + Math.log2((blockBound(last) + 1) / 1000));
          // The bound on the marker row is where the rules end.
          const tab = after.sheets.find((s) => s.name === names[kind])!;
          expect(tab.rows[RULES_BOUND_CELL.row]?.[RULES_BOUND_CELL.col]).toBe(blockBound(last));
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it('gives a tab an earlier version set up (no bound on its marker row) its rules from below its last row, to the block\'s end', () => {
    const { after, names } = setups([5]);
    const older = { sheets: after.sheets.map((s) => (s.name === names.milestones ? { ...s, rows: s.rows.map((r, i) => (i === RULES_BOUND_CELL.row ? r?.map((c, j) => (j === RULES_BOUND_CELL.col ? null : c)) : r)) } : s)) };
    const plan = planSetup(withTracker(older, 6));
    expect(ruleRows(plan, names).milestones).toEqual([{ top: FIRST_DATA_ROW + 5, bottom: 999, left: 0, right: 0 }]);
  });

  it('fills a row by its level, and a blank row (no level) not at all, as Excel and Sheets evaluate the rules', () => {
    const levels: SnapshotCell[] = [null, 0, 3, 6];
    const column = Array.from({ length: levels.length + FIRST_DATA_ROW }, (_, r) => {
      const row: (number | null)[] = new Array<number | null>(MS.level + 1).fill(null);
      row[MS.level] = r >= FIRST_DATA_ROW ? (levels[r - FIRST_DATA_ROW] as number | null) : null;
      return row;
    });
    const hf = HyperFormula.buildFromSheets({ S: column }, { licenseKey: 'gpl-v3' });
    const filled = levels.map((_, i) => {
      const rules = levelFills('S', { top: FIRST_DATA_ROW + i, bottom: FIRST_DATA_ROW + i, left: 0, right: 0 }).rules;
      return rules.filter((r) => hf.calculateFormula(`=${r.formula}`, hf.getSheetId('S')!) === true).map((r) => LEVEL_FILLS.indexOf(r.fill as (typeof LEVEL_FILLS)[number]));
    });
    expect(filled).toEqual([[], [0], [3], [6]]);
    hf.destroy();
  });
});
