import { MethodError } from '../errors';
import { MS } from './milestonesTab';
import { FIRST_DATA_ROW, findOurTabs } from './tabs';
import { rowValues } from './snapshotCell';
import { evaluateTabRows, summarizeWarnings, type FunnelSource, type TabFunnel, type TabRow } from './levelFunnel';
import { isAllReps, isCountedRow, repKey } from './tabRules';
import type { SnapshotCell, WorkbookSnapshot } from './types';

/*
 * The milestone tab as the funnel counts it: the rows it counts, one rep's, and the funnel they
 * make, evaluated once per run (MilestoneEvaluation) and handed to the plan and the summaries.
 */

/**
 * The milestone tab's rows the funnel counts (a row with neither opportunity nor customer is not
 * an opportunity), with their sheet rows, optionally one rep's: the rep compared as the funnel
 * tab's formulas compare it (tabRules.repKey: trimmed, case ignored, * ? ~ < > = as themselves).
 */
export function milestoneTabRows(snapshot: WorkbookSnapshot, rep?: string): TabRow[] {
  const tab = findOurTabs(snapshot).get('milestones');
  if (!tab) throw new MethodError('NOT_SET_UP');
  const out: TabRow[] = [];
  for (let r = FIRST_DATA_ROW; r < tab.sheet.rows.length; r++) {
    const row = tab.sheet.rows[r];
    if (!row) continue;
    if (isCountedRow(rowValues(row))) out.push(new CountedRow(r, row));
  }
  return rep === undefined ? out : rowsOfRep(out, rep);
}

/**
 * A counted row whose values are read from its cells each time they are asked for (rowValues:
 * the row itself when it holds no formula, else a copy with the formulas' results). Kept as
 * copies, the values of a set-up tab's rows (every row holds formulas) stayed through the whole
 * funnel plan: ~20 MB at 50 000 rows, all of it in the heap's old generation by then, which the
 * weekly re-run's peak memory was made of. Read, each copy is gone with the loop that read it.
 */
class CountedRow implements TabRow {
  constructor(
    readonly row: number,
    private readonly cells: readonly SnapshotCell[],
  ) {}

  get values(): readonly unknown[] {
    return rowValues(this.cells);
  }
}

/** The rows of one rep, compared as the funnel tab compares reps (tabRules.repKey); a blank rep is every rep. */
function rowsOfRep(rows: readonly TabRow[], rep: string): TabRow[] {
  if (isAllReps(rep)) return [...rows];
  const wanted = repKey(rep);
  return rows.filter((r) => repKey(r.values[MS.rep]) === wanted);
}

/**
 * The funnel core computes from the milestone tab: what the funnel tab's formulas must show,
 * by the same rules (tabRules.ts), with the rows it counted with a cell as nothing (warnings)
 * and the rows it left out (errors: a level the host calculated that is not 0–6).
 * `source` says whether to read the checklist cells or the level column the host calculated.
 */
export function evaluateMilestoneTab(snapshot: WorkbookSnapshot, rep?: string, source: FunnelSource = 'checklist'): TabFunnel {
  const sheet = findOurTabs(snapshot).get('milestones')?.sheet.name ?? '';
  return evaluateTabRows(milestoneTabRows(snapshot, rep), sheet, source);
}

/**
 * The milestone tab as one funnel run sees it, evaluated once and handed to the plan and to the
 * summaries (runFunnel): the rows counted, the team's funnel, and the funnel of the rep shown
 * (the team's when none is).
 */
export interface MilestoneEvaluation {
  readonly sheet: string;
  readonly rows: readonly TabRow[];
  readonly team: TabFunnel;
  /** The rep shown; undefined for the whole team. */
  readonly rep: string | undefined;
  readonly repRows: readonly TabRow[];
  readonly view: TabFunnel;
}

/** Evaluates the milestone tab for a funnel of `rep` (as funnelRep resolved it); the whole team's computation is done once when no rep is shown. */
export function evaluateMilestones(snapshot: WorkbookSnapshot, rep: string | undefined, source: FunnelSource = 'checklist'): MilestoneEvaluation {
  const sheet = findOurTabs(snapshot).get('milestones')?.sheet.name ?? '';
  const rows = milestoneTabRows(snapshot);
  const team = evaluateTabRows(rows, sheet, source);
  if (rep === undefined) return { sheet, rows, team, rep, repRows: rows, view: team };
  const repRows = rowsOfRep(rows, rep);
  return { sheet, rows, team, rep, repRows, view: evaluateTabRows(repRows, sheet, source) };
}

/**
 * What a run says about the milestone tab, as `pcss apply`, `pcss funnel` and the panes print it:
 * the rows with a cell counted as nothing, the first few of each kind, over every rep.
 */
export function milestoneTabWarnings(snapshot: WorkbookSnapshot, source: FunnelSource = 'checklist'): MethodError[] {
  const sheet = findOurTabs(snapshot).get('milestones')?.sheet.name ?? '';
  return summarizeWarnings(evaluateMilestoneTab(snapshot, undefined, source).warnings, sheet);
}
