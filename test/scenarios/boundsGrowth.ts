/**
 * The bounds the brief, grading and coaching tabs keep on their marker row (C1; the control tab
 * follows the brief's), in a host: a team's first set-up implies them (no cell written); after the
 * tracker grows past three quarters of the 1 000 rows read, the next set-up writes the new bound
 * and the formulas that read the milestone tab again, on every row, with no rep added twice; a
 * set-up with nothing new then leaves those tabs as they are.
 */
import { FIRST_DATA_ROW, columnLetter, type SnapshotCell, type TabKind, type WorkbookSnapshot } from '../../core/layout';
import { COACH } from '../../core/layout/coachingTab';
import { CONTROL, CONTROL_POINTS } from '../../core/layout/controlTab';
import { PIPELINE_BOUND_CELL } from '../../core/layout/pipelineRows';
import { ZH_HEADERS } from '../layout/fixtures';
import type { ScenarioHost } from './host';
import { plain } from './runScenario';
import { EVALUATE_UP_TO_ROWS } from './host';
import { tabOf, trackerSheet } from './trackerSheet';

const REPS = Array.from({ length: 12 }, (_, i) => `销售${i + 1}`);
const deal = (i: number): SnapshotCell[] => [`机会${i}`, `客户${i % 30}`, REPS[i % REPS.length], 1000 + i, null, null];
const GROWN = 800;
/** Twice the 800 rows, as the brief's rule moves it. */
const MOVED = FIRST_DATA_ROW + 2 * GROWN - 1;

const boundOf = (wb: WorkbookSnapshot, kind: TabKind) => tabOf(wb, kind).rows[PIPELINE_BOUND_CELL.row]?.[PIPELINE_BOUND_CELL.col] ?? null;
const formulaAt = (wb: WorkbookSnapshot, kind: TabKind, row: number, col: number) => {
  const c = tabOf(wb, kind).rows[row]?.[col];
  return c !== null && typeof c === 'object' && !(c instanceof Date) ? c.formula : '';
};
const plainRows = (wb: WorkbookSnapshot, kind: TabKind) => tabOf(wb, kind).rows.map((r) => r?.map((c) => plain(c ?? null)) ?? null);

export async function growPastBounds(host: ScenarioHost): Promise<void> {
  // A sheet of notes past the rows the fakes calculate: what this checks is what is written.
  const notes = Array.from({ length: EVALUATE_UP_TO_ROWS + 1 }, (_, i): SnapshotCell[] => [`note ${i}`]);
  await host.load({ sheets: [trackerSheet('T', ZH_HEADERS, Array.from({ length: 12 }, (_, i) => deal(i)), false), { name: 'Notes', rows: notes, tables: [] }] });
  await host.run({ lang: 'zh', date: '2027-01-04' });
  const first = await host.read();
  for (const kind of ['brief', 'grading', 'coaching', 'control'] as const) expect([kind, plain(boundOf(first, kind))]).toEqual([kind, null]);

  const cells = [];
  for (let i = 12; i < GROWN; i++) cells.push(...deal(i).map((value, col) => ({ sheet: 'T', row: 1 + i, col, value })));
  await host.edit(cells);
  await host.run({ lang: 'zh', date: '2027-01-11' });
  const grown = await host.read();
  for (const kind of ['brief', 'grading', 'coaching'] as const) expect([kind, boundOf(grown, kind)]).toEqual([kind, MOVED]);
  const reps = tabOf(grown, 'coaching').rows.slice(FIRST_DATA_ROW).map((r) => r?.[COACH.rep] ?? null).filter((r) => r !== null);
  expect(reps).toEqual(REPS);
  // Each row's formula, or (the .xlsx's shared formula, as ExcelJS reads it) a reference to the first row's.
  const master = columnLetter(COACH.signalsAhead) + String(FIRST_DATA_ROW + 1);
  REPS.forEach((_, i) => expect(formulaAt(grown, 'coaching', FIRST_DATA_ROW + i, COACH.signalsAhead).replace(new RegExp(`^${master}$`), formulaAt(grown, 'coaching', FIRST_DATA_ROW, COACH.signalsAhead))).toContain(`$${MOVED + 1})`));
  CONTROL_POINTS.forEach((p, i) => {
    const formula = formulaAt(grown, 'control', FIRST_DATA_ROW + i, CONTROL.figure);
    if (p.key === 'joined') expect(formula).toBe('');
    else expect([p.key, formula.includes(`$${MOVED + 1}`), formula.includes(`$${FIRST_DATA_ROW + 1000}`)]).toEqual([p.key, true, false]);
  });

  await host.run({ lang: 'zh', date: '2027-01-18' });
  const again = await host.read();
  for (const kind of ['brief', 'grading', 'coaching', 'control'] as const) expect([kind, plainRows(again, kind)]).toEqual([kind, plainRows(grown, kind)]);
}
