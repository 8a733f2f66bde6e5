/**
 * Custom functions through the built Apps Script bundle: one call over a 100 000-row range of
 * MILESTONE (100 000 × 22 checklist) and of SALES_INTENSITY (100 000 × 5), in a fresh vm
 * context as Sheets would run Code.js; and the two bundles' sizes.
 *   functions.gsheets_ms_per_1000_rows  per function, median of 5 runs (target: 100 000 rows < 1 s)
 *   functions.excel_bundle_bytes, functions.gsheets_bundle_bytes (targets < 150 000 and, for Code.js with the
 *   add-on's server, < 190 000: docs/gsheets.md, "Code.js's size")
 *   functions.excel_pane_bundle_bytes: the Excel pane's taskpane.js and workbook.js (the planner it loads on
 *   its first action), each < 150 000 (docs/excel.md, "workbook.js's size")
 */
import { readFileSync, statSync } from 'fs';
import { join } from 'path';
import { performance } from 'perf_hooks';
import { createContext, runInContext } from 'vm';
import { ensureBuilt } from '../test/functions/buildOnce';

const ROOT = join(__dirname, '..');
const ROWS = 100_000;

function checklistRows(n: number): unknown[][] {
  const rows: unknown[][] = new Array(n);
  for (let r = 0; r < n; r++) {
    const k = (r * 7) % 23; // every milestone state, spread evenly
    const row = new Array<unknown>(22);
    for (let i = 0; i < 22; i++) row[i] = i < k ? (i % 3 === 0 ? true : i % 3 === 1 ? 'x' : 1) : i % 2 ? false : '';
    rows[r] = row;
  }
  return rows;
}

function scoreRows(n: number): unknown[][] {
  const rows: unknown[][] = new Array(n);
  for (let r = 0; r < n; r++) rows[r] = [r % 21, (r * 3) % 21, (r * 5) % 21, r % 2 ? '' : 10, (r * 7) % 21];
  return rows;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn: () => unknown, runs = 5): number {
  fn(); // warm up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

export async function run(): Promise<Record<string, unknown>> {
  ensureBuilt();
  const codePath = join(ROOT, 'dist/gsheets/Code.js');
  const context = createContext({});
  runInContext(readFileSync(codePath, 'utf8'), context, { filename: 'Code.js' });
  const g = context as Record<string, (...args: unknown[]) => unknown[][]>;

  const checklists = checklistRows(ROWS);
  const scores = scoreRows(ROWS);
  const milestone = g.MILESTONE(checklists);
  const intensity = g.SALES_INTENSITY(scores);
  if (milestone.length !== ROWS || intensity.length !== ROWS) throw new Error('wrong number of results');

  const milestoneMs = time(() => g.MILESTONE(checklists));
  const intensityMs = time(() => g.SALES_INTENSITY(scores));
  const perThousand = (ms: number) => Math.round((ms / (ROWS / 1000)) * 1000) / 1000;
  return {
    'functions.gsheets_ms_per_1000_rows': { MILESTONE: perThousand(milestoneMs), SALES_INTENSITY: perThousand(intensityMs) },
    'functions.gsheets_ms_100000_rows': { MILESTONE: Math.round(milestoneMs), SALES_INTENSITY: Math.round(intensityMs) },
    'functions.excel_bundle_bytes': statSync(join(ROOT, 'dist/excel-addin/functions.js')).size,
    'functions.gsheets_bundle_bytes': statSync(codePath).size,
    'functions.excel_pane_bundle_bytes': {
      taskpane: statSync(join(ROOT, 'dist/excel-addin/taskpane.js')).size,
      workbook: statSync(join(ROOT, 'dist/excel-addin/workbook.js')).size,
    },
  };
}
