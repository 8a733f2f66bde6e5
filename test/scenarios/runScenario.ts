/** Running a scenario on a host, and what a run must leave of the user's cells and of ours. */
import { AS_OF_CELL, FIRST_DATA_ROW, findOurTabs, MS, type SnapshotCell, type WorkbookSnapshot } from '../../core/layout';
import type { ScenarioHost } from './host';
import type { Scenario } from './scenarios';

/** Plain value of a read-back cell, for comparing what users typed with what is there now. */
export function plain(cell: SnapshotCell): unknown {
  if (cell === undefined || cell === '') return null;
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (cell !== null && typeof cell === 'object') return { formula: cell.formula };
  return cell;
}

/** Every non-blank cell of `before` (the initial workbook plus users' edits) is unchanged in `after`. */
export function changedCells(before: WorkbookSnapshot, after: WorkbookSnapshot): string[] {
  const out: string[] = [];
  for (const s of before.sheets) {
    const a = after.sheets.find((x) => x.name === s.name);
    if (!a) {
      out.push(`sheet ${s.name} is gone`);
      continue;
    }
    s.rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        const want = plain(cell);
        if (want === null) return;
        const got = plain(a.rows[r]?.[c]);
        if (JSON.stringify(got) !== JSON.stringify(want)) out.push(`${s.name}!R${r + 1}C${c + 1}: ${JSON.stringify(want)} → ${JSON.stringify(got)}`);
      }),
    );
  }
  return out;
}

/** Runs a scenario on a host; returns the final read-back and the cells that changed but should not have. */
export async function runScenario(host: ScenarioHost, scenario: Scenario): Promise<{ after: WorkbookSnapshot; changed: string[] }> {
  await host.load(scenario.initial);
  // The user's own cells: the initial workbook, then each edit, then each run's own cells
  // from before (a run must not alter what an earlier run wrote either, except the funnel tab).
  let before = await host.read();
  for (const step of scenario.steps) {
    if (step.kind === 'run' && step.refused) {
      const said = await host.run(step).then(
        () => null,
        (e: unknown) => String(e instanceof Error ? e.message : e),
      );
      const now = await host.read();
      if (said === null) return { after: now, changed: ['the run was to be refused, and it was not'] };
      if (!said.includes(step.refused.zh) || !said.includes(step.refused.en)) return { after: now, changed: [`refused, but saying: ${said}`] };
      const added = now.sheets.filter((s) => !before.sheets.some((b) => b.name === s.name)).map((s) => `sheet ${s.name} added by a refused run`);
      const changed = [...added, ...changedCells(before, now)];
      if (changed.length > 0) return { after: now, changed };
      before = now;
    } else if (step.kind === 'run' || step.kind === 'funnel') {
      await (step.kind === 'run' ? host.run(step) : host.funnel(step));
      const now = await host.read();
      const changed = changedCells(whatStays(before), now);
      if (changed.length > 0) return { after: now, changed };
      before = now;
    } else {
      await host.edit(step.cells(before));
      before = await host.read();
    }
  }
  return { after: before, changed: [] };
}

/**
 * What a run must leave as it was: everything but the funnel tab (recomputed on every run by
 * design) and the columns our tabs copy from the tracker (brought up to date on every run by
 * design, issue 13: rep, amount, expected close and status on the milestone tab, the rep on the
 * intensity tab). Those columns are checked by the scenarios that change the tracker.
 */
function whatStays(wb: WorkbookSnapshot): WorkbookSnapshot {
  const ours = findOurTabs(wb);
  const funnel = ours.get('funnel')?.sheet.name;
  const refreshed = new Map<string, readonly number[]>();
  const milestones = ours.get('milestones')?.sheet.name;
  const intensity = ours.get('intensity')?.sheet.name;
  // The tracker's columns, and what runs record: the date reached, the code, and (marker row) the run's date.
  if (milestones) refreshed.set(milestones, [MS.rep, MS.amount, MS.expectedClose, MS.status, MS.since, MS.recorded]);
  if (intensity) refreshed.set(intensity, [2]);
  return {
    sheets: wb.sheets
      .filter((s) => s.name !== funnel)
      .map((s) => {
        const cols = refreshed.get(s.name);
        if (!cols) return s;
        return { ...s, rows: s.rows.map((row, r) => (row && (r >= FIRST_DATA_ROW || r === AS_OF_CELL.row) ? row.map((c, i) => (cols.includes(i) && (r >= FIRST_DATA_ROW || i === AS_OF_CELL.col) ? null : c)) : row)) };
      }),
  };
}
