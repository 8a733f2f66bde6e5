import { applyPlan, type WorkbookSnapshot } from '../../core/layout';
import { runFreshFunnel, runSetup, type PortRead, type RunPort } from '../../core/run';
import type { CellEdit, ScenarioHost } from './host';
import type { SnapshotCell } from '../../core/layout';

/** The reference host: core's in-memory applier. Other hosts must read back the same. */
export class MemoryHost implements ScenarioHost {
  readonly name = 'memory';
  private wb: WorkbookSnapshot = { sheets: [] };

  async load(initial: WorkbookSnapshot): Promise<void> {
    this.wb = initial;
  }

  /** As `pcss apply` runs: core's set-up with the funnel in the same batch, over a port that applies the plans in memory. */
  async run(options: { lang?: 'zh' | 'en'; rep?: string; date: string }): Promise<void> {
    runSetup(this.port(options.date), { lang: options.lang, funnel: { rep: options.rep, date: options.date } });
  }

  /** As the pane's Generate funnel runs: the refresh, then the funnel, each applied in memory. */
  async funnel(options: { lang?: 'zh' | 'en'; rep?: string; date: string }): Promise<void> {
    const port = this.port(options.date);
    runFreshFunnel<PortRead, 'sync'>((action) => action(port), options);
  }

  private port(date: string): RunPort<PortRead, 'sync'> {
    return {
      mode: 'sync',
      document: 'workbook',
      read: () => ({ snapshot: this.wb }),
      apply: (plans) => {
        this.wb = plans.reduce((wb, plan) => applyPlan(wb, plan), this.wb);
        return [];
      },
      today: () => date,
      progress: () => undefined,
    };
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
