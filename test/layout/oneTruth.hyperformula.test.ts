/**
 * One truth (issue 12): for whatever users type or paste — tick marks in both languages and their
 * opposites, junk, blanks, money text and junk in amount cells, reps and opportunities named with
 * * ? ~ < > =, spaces, case and duplicates — core's funnel (the terminal, the panes) and the
 * native formulas the plan writes (every host writes the same plan) give the same numbers:
 * per row, per milestone, in total, by rep, with and without the rep filter, and from the level
 * column as Excel's funnel reads it.
 */
import fc from 'fast-check';
import {
  FIRST_DATA_ROW,
  FUNNEL,
  MS,
  applyPlan,
  cellValue,
  evaluateMilestoneTab,
  findOurTabs,
  milestoneFormulas,
  planFunnel,
  planSetup,
  runDay,
  staleThresholds,
  type Plan,
  type PlanCell,
  type SnapshotCell,
  type WorkbookSnapshot,
} from '../../core/layout';
import { ZH_HEADERS, EN_HEADERS, workbook } from './fixtures';
import { toHyperFormula, value } from './hyperformula';
import { checklistCells, repFilter, tabEdit, trackerRow } from './typedCells';
import type { HyperFormula } from 'hyperformula';

type Edit = { opportunity?: SnapshotCell; customer?: SnapshotCell; rep?: SnapshotCell; amount?: SnapshotCell; status?: SnapshotCell; since?: SnapshotCell };

/** The tracker set up, then the milestone tab typed over: the checklist, and some names, reps, amounts. */
const RUN_DATE = '2027-01-04';

function typedWorkbook(lang: 'zh' | 'en', tracker: SnapshotCell[][], ticks: SnapshotCell[][], edits: (Edit | null)[]): { wb: WorkbookSnapshot; setup: Plan } {
  const snap = workbook({ name: 'T', rows: [lang === 'zh' ? ZH_HEADERS : EN_HEADERS, ...tracker], tables: [] });
  const setup = planSetup(snap, { lang, date: RUN_DATE });
  const wb = applyPlan(snap, setup);
  const sheet = wb.sheets.find((s) => s.name === setup.tabs.milestones)!;
  const rows = sheet.rows as SnapshotCell[][];
  for (let r = FIRST_DATA_ROW; r < rows.length; r++) {
    const i = r - FIRST_DATA_ROW;
    const row = [...(rows[r] ?? [])];
    ticks[i % ticks.length].forEach((v, k) => (row[MS.checklist + k] = v));
    const e = edits[i % edits.length];
    if (e) for (const [field, v] of Object.entries(e)) row[MS[field as keyof Edit]] = v as SnapshotCell;
    rows[r] = row;
  }
  return { wb, setup };
}

function close(actual: unknown, expected: unknown, what: string): void {
  if (typeof expected === 'number') {
    if (typeof actual !== 'number' || Math.abs(actual - expected) > 1e-6 * Math.max(1, Math.abs(expected))) throw new Error(`${what}: the formula gives ${JSON.stringify(actual)}, core ${expected}`);
  } else if ((actual ?? '') !== (expected ?? '')) throw new Error(`${what}: the formula gives ${JSON.stringify(actual)}, core ${JSON.stringify(expected)}`);
}

/** Every cell the funnel plan wrote with a cached result (core's number) equals what HyperFormula computes. */
function checkFunnelTab(hf: HyperFormula, plan: Plan): void {
  for (const block of plan.writes) {
    block.values.forEach((row, i) =>
      row.forEach((cell, j) => {
        if (cell === null || typeof cell !== 'object' || cell instanceof Date || cell.result === undefined) return;
        close(value(hf, block.sheet, block.row + i, block.col + j), cell.result, `${block.sheet}!R${block.row + i + 1}C${block.col + j + 1} =${cell.formula.slice(0, 60)}…`);
      }),
    );
  }
}

function check(lang: 'zh' | 'en', tracker: SnapshotCell[][], ticks: SnapshotCell[][], edits: (Edit | null)[], rep: string | undefined): void {
  const { wb: typed, setup } = typedWorkbook(lang, tracker, ticks, edits);
  // The period table is checked on its own (periods.test.ts): HyperFormula takes minutes over it here.
  const funnelPlan = planFunnel(typed, { date: RUN_DATE, rep, periods: [] });
  const wb = applyPlan(typed, funnelPlan);
  const hf = toHyperFormula(wb);
  const t = setup.tabs;

  // Each row: the formula columns equal core's value for the row as typed (days and flags as of the run).
  const ms = findOurTabs(wb).get('milestones')!.sheet;
  const thresholds = staleThresholds(findOurTabs(wb).get('rubrics')!.sheet.rows);
  const columns = milestoneFormulas({ lang, tabs: t as never }, { asOf: runDay(RUN_DATE), thresholds });
  for (let r = FIRST_DATA_ROW; r < ms.rows.length; r++) {
    const cells = (ms.rows[r] ?? []).map(cellValue) as PlanCell[];
    for (const c of columns) close(value(hf, t.milestones, r, c.col), c.value!(cells), `${t.milestones}!R${r + 1}C${c.col + 1} for ${JSON.stringify(cells.slice(0, MS.level))}`);
  }

  // The funnel tab, for the rep asked for (or everyone), and its rep table (everyone): core's numbers.
  checkFunnelTab(hf, funnelPlan);
  const view = evaluateMilestoneTab(wb, rep).funnel;
  const team = evaluateMilestoneTab(wb).funnel;
  view.rows.forEach((row, level) => {
    close(value(hf, t.funnel, FUNNEL.firstLevelRow + level, FUNNEL.col.count), row.count, `count at level ${level}`);
    close(value(hf, t.funnel, FUNNEL.firstLevelRow + level, FUNNEL.col.amount), row.amount, `amount at level ${level}`);
    close(value(hf, t.funnel, FUNNEL.firstLevelRow + level, FUNNEL.col.weighted), row.weighted, `weighted at level ${level}`);
  });
  close(value(hf, t.funnel, FUNNEL.totalRow, FUNNEL.col.count), view.count, 'total count');
  close(value(hf, t.funnel, FUNNEL.totalRow, FUNNEL.col.amount), view.amount, 'total amount');
  close(value(hf, t.funnel, FUNNEL.totalRow, FUNNEL.col.weighted), view.forecast, 'forecast');
  team.byRep.forEach((r, i) => {
    const row = FUNNEL.firstRepRow + i;
    close(value(hf, t.funnel, row, 0) ?? '', r.rep, `rep ${i}`);
    close(value(hf, t.funnel, row, 1), r.count, `count of ${r.rep}`);
    close(value(hf, t.funnel, row, 2), r.amount, `amount of ${r.rep}`);
    close(value(hf, t.funnel, row, 3), r.forecast, `forecast of ${r.rep}`);
  });
  // Each rep's table row sums to the team: no rep counted twice, none missed.
  close(team.byRep.reduce((s, r) => s + r.count, 0), team.count, 'reps add up');

  // The filtered view is the rep's row of the table (when the rep is on the tab).
  if (rep !== undefined && rep.trim() !== '') {
    const i = team.byRep.findIndex((r) => r.rep.toLowerCase() === rep.replace(/ +/g, ' ').replace(/^ | $/g, '').toLowerCase());
    if (i >= 0) close(view.count, team.byRep[i].count, `the filter ${JSON.stringify(rep)} and its table row`);
    else close(view.count, 0, `the filter ${JSON.stringify(rep)} names no rep on the tab`);
  }

  // Excel's funnel reads the level and in-forecast columns as Excel calculated them, not the checklist or the status: the same funnel.
  const calculated: WorkbookSnapshot = {
    sheets: wb.sheets.map((s) =>
      s.name !== t.milestones ? s : { ...s, rows: s.rows.map((row, r) => (row && r >= FIRST_DATA_ROW ? row.map((c, col) => (col === MS.level || col === MS.inForecast ? (value(hf, s.name, r, col) as SnapshotCell) : (col >= MS.checklist && col < MS.level) || col === MS.status ? null : c)) : row)) },
    ),
  };
  const fromLevels = evaluateMilestoneTab(calculated, rep, 'levels');
  expect(fromLevels.errors).toEqual([]);
  expect(fromLevels.funnel).toEqual(view);
}

describe('one truth: core and the written formulas agree on whatever users type (HyperFormula)', () => {
  it.each<'zh' | 'en'>(['zh', 'en'])('ticks, amounts, names and reps as typed or pasted, with and without the rep filter (%s)', (lang) => {
    fc.assert(
      fc.property(
        fc.array(trackerRow, { minLength: 1, maxLength: 12 }),
        fc.array(checklistCells, { minLength: 1, maxLength: 6 }),
        fc.array(fc.option(tabEdit, { nil: null, freq: 2 }), { minLength: 1, maxLength: 6 }),
        repFilter,
        (tracker, ticks, edits, rep) => check(lang, tracker, ticks, edits, rep),
      ),
      { numRuns: 40 },
    );
  });
});
