import { applyPlan, planRun, type WorkbookSnapshot } from '../../core/layout';
import type { CellEdit, ScenarioHost } from './host';
import type { SnapshotCell } from '../../core/layout';

/** The reference host: core's in-memory applier. Other hosts must read back the same. */
export class MemoryHost implements ScenarioHost {
  readonly name = 'memory';
  private wb: WorkbookSnapshot = { sheets: [] };

  async load(initial: WorkbookSnapshot): Promise<void> {
    this.wb = initial;
  }

  async run(options: { lang?: 'zh' | 'en'; rep?: string; date: string }): Promise<void> {
    const { setup, funnel } = planRun(this.wb, options);
    this.wb = applyPlan(applyPlan(this.wb, setup), funnel);
  }

  async edit(cells: readonly CellEdit[]): Promise<void> {
    const sheets = this.wb.sheets.map((s) => ({ ...s, rows: [...s.rows] as (SnapshotCell[] | undefined)[] }));
    for (const c of cells) {
      const s = sheets.find((x) => x.name === c.sheet)!;
      const row = [...(s.rows[c.row] ?? [])];
      row[c.col] = c.value;
      s.rows[c.row] = row;
    }
    this.wb = { sheets };
  }

  async read(): Promise<WorkbookSnapshot> {
    return this.wb;
  }
}
