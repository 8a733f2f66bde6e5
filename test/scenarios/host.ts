import type { SnapshotCell, WorkbookSnapshot } from '../../core/layout';
import type { Lang } from '../../core/methodology/bilingual';

/** A cell a user types between runs. */
export interface CellEdit {
  sheet: string;
  row: number;
  col: number;
  value: SnapshotCell;
}

/**
 * What a host must offer to run the shared scenarios: build a workbook from plain data, run the
 * set-up and funnel as its users would, take users' edits, and read everything back as plain data.
 * The xlsx host, the Excel fake and the Sheets fake each implement this once.
 */
export interface ScenarioHost {
  readonly name: string;
  load(initial: WorkbookSnapshot): Promise<void>;
  run(options: { lang?: Lang; rep?: string; date: string }): Promise<void>;
  /** "Generate funnel" alone, as its users press it: the tabs brought up to date with the tracker first (pcss: apply, which does both). */
  funnel(options: { lang?: Lang; rep?: string; date: string }): Promise<void>;
  edit(cells: readonly CellEdit[]): Promise<void>;
  read(): Promise<WorkbookSnapshot>;
}

/** The largest sheet (rows) whose formulas the hosts' fakes compute in the scenarios (HyperFormula takes minutes past it). */
export const EVALUATE_UP_TO_ROWS = 2_000;
