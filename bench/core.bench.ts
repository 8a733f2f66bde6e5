/**
 * core.overhead_ratio: milestone + intensity + funnel over 1 000 000 opportunities (22
 * checklist cells and 5 scores each, plus amount and rep, as cell values), over a plain loop
 * that only reads the same cells. Best of several runs of each, interleaved, so machine noise
 * hits both sides alike, after a warm-up of both. Target: at most 3.
 */
import { evaluatePipeline } from '../core';

const ROWS = 1_000_000;
const REPS = ['李明', '张伟', '王芳', '刘洋', '许静', '丁磊'];

function makeRows(n: number): unknown[][] {
  const rows = new Array<unknown[]>(n);
  for (let r = 0; r < n; r++) {
    const ticked = (r * 7919) % 23;
    const row = new Array<unknown>(29);
    row[0] = REPS[r % REPS.length];
    row[1] = 10_000 + ((r * 31) % 990_000);
    for (let i = 0; i < 22; i++) row[2 + i] = i < ticked || (r % 11 === 0 && i === ticked + 1);
    for (let f = 0; f < 5; f++) row[24 + f] = (r + f * 3) % 21;
    rows[r] = row;
  }
  return rows;
}

/** The baseline: touch every cell once and keep a result so the loop cannot be optimized away. */
function plainRead(rows: unknown[][]): number {
  let n = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    for (let c = 0; c < 29; c++) if (row[c]) n++;
  }
  return n;
}

function time(fn: () => unknown): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export async function run(): Promise<Record<string, unknown>> {
  const rows = makeRows(ROWS);
  const layout = { rep: 0, amount: 1, checklist: 2, scores: 24 };
  let plain = Infinity;
  let engine = Infinity;
  let sink = 0;
  // Warm both sides up on a slice first, so each is measured in its optimized steady state
  // rather than while V8 is still compiling (the engine's larger body tiers up later).
  const warm = rows.slice(0, 50_000);
  for (let i = 0; i < 20; i++) sink += plainRead(warm) + evaluatePipeline(warm, layout).funnel.count;
  for (let i = 0; i < 7; i++) {
    plain = Math.min(plain, time(() => (sink += plainRead(rows))));
    engine = Math.min(engine, time(() => (sink += evaluatePipeline(rows, layout).funnel.count)));
  }
  if (sink === 0) throw new Error('nothing was read');
  console.log(`  plain read ${plain.toFixed(1)} ms, engine ${engine.toFixed(1)} ms (best of 7)`);
  return {
    'core.overhead_ratio': Math.round((engine / plain) * 100) / 100,
    'core.rows': ROWS,
  };
}
