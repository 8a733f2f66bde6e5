/** The browser test's page: the real pane over the stand-in bridge, with hooks for the test. */
import { mountPane } from '../../pane/app';
import type { HostKind } from '../../pane/bridge';
import type { Lang } from '../../core/methodology/bilingual';
import { findOurTabs, FIRST_DATA_ROW, MS, type SnapshotCell, type WorkbookSnapshot } from '../../core/layout';
import { standInBridge, type StandInWorkbook } from './standInBridge';

export interface TestHooks {
  start(snapshot: WorkbookSnapshot, host: HostKind, lang: Lang): Promise<void>;
  /** A rep ticks the first `count` checklist items of an opportunity on the milestone tab. */
  tick(opportunity: string, count: number, value?: unknown): void;
  workbook(): WorkbookSnapshot;
  /** A user types a value into a cell of one of their own sheets (the tracker). */
  type(sheet: string, row: number, col: number, value: SnapshotCell): void;
}

const hooks: TestHooks & { state?: StandInWorkbook } = {
  async start(snapshot, host, lang) {
    hooks.state = { snapshot };
    await mountPane(document.getElementById('pane')!, standInBridge(hooks.state, host, lang, '2026-11-27')).ready;
  },
  tick(opportunity, count, value = true) {
    const tab = findOurTabs(hooks.state!.snapshot).get('milestones');
    if (!tab) throw new Error('no milestone tab');
    const rows = tab.sheet.rows as SnapshotCell[][];
    const r = rows.findIndex((row, i) => i >= FIRST_DATA_ROW && row?.[MS.opportunity] === opportunity);
    if (r < 0) throw new Error(`no row for ${opportunity}`);
    rows[r] = rows[r].slice();
    for (let i = 0; i < count; i++) rows[r][MS.checklist + i] = value as SnapshotCell;
  },
  workbook: () => hooks.state!.snapshot,
  type(sheet, row, col, value) {
    const snapshot = hooks.state!.snapshot;
    hooks.state!.snapshot = {
      ...snapshot,
      sheets: snapshot.sheets.map((s) => {
        if (s.name !== sheet) return s;
        const rows = [...s.rows];
        const cells = [...(rows[row] ?? [])];
        cells[col] = value;
        rows[row] = cells;
        return { ...s, rows };
      }),
    };
  },
};

(window as unknown as { pcssTest: TestHooks }).pcssTest = hooks;
