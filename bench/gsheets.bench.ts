/**
 * The Sheets add-on's Spreadsheet service calls, through the built Code.js in a vm against the
 * fake Sheets (test/gsheets/fake), for a tracker of 100, 10 000 and 50 000 opportunities:
 *   gsheets.setup_calls, gsheets.funnel_calls   every call on a Spreadsheet service object
 *                                                (document objects and builders), by row count
 *   gsheets.setup_calls_detail, gsheets.funnel_calls_detail   the same split: reads (get…), writes
 *                                                (every other document call), builders (rule and
 *                                                chart builders, which never touch the document)
 *   gsheets.setup_seconds_estimate, gsheets.funnel_seconds_estimate   how long the same runs
 *                                                would take in Sheets by the fake's cost model
 *                                                (test/gsheets/fake/cost.ts: a cost per call and
 *                                                per cell, from what users reported), all runs
 *                                                a set-up needs included
 *   gsheets.setup_runs                           runs the set-up needs: past 5 minutes a run stops
 *                                                between two bands of rows and the next goes on
 * Targets (issue 5): constant in the row count; at most 40 for set-up and 15 for the funnel.
 * Issue 17: a set-up of 50 000 rows within Apps Script's 6 minutes, or stopped cleanly and
 * finished by the next run.
 */
import { loadCodeJs } from '../test/gsheets/codeJs';
import { FakeAppsScript, SHEETS_COSTS } from '../test/gsheets/fake';
import { ZH_HEADERS } from '../test/scenarios/scenarios';
import { sampleOpportunities } from '../samples/teamPipeline';

const COUNTS = [100, 10_000, 50_000];

type Kinds = { read: number; write: number; builder: number };
type Measured = Kinds & { seconds: number; runs: number };

function measure(n: number): { setup: Measured; funnel: Measured } {
  // Calls do not depend on computed values; HyperFormula over 50 000 rows would take minutes.
  const fake = new FakeAppsScript({ locale: 'zh_CN', evaluate: false, costs: SHEETS_COSTS });
  const rows = sampleOpportunities(n, 5).map((o, i) => [o.name, `${o.customer}-${i}`, o.rep, o.amount, o.expectedClose, o.stage]);
  fake.addSheet('销售机会跟踪', [ZH_HEADERS, ...rows]);
  const run = (name: string, request: unknown): Measured => {
    fake.log.reset();
    const start = fake.clock!.elapsedMs;
    // Each click is a new execution (its own 6 minutes); one that stopped at the limit is clicked again.
    for (let runs = 1; runs <= 5; runs++) {
      const out = loadCodeJs(fake).call<{ ok: boolean; code?: string; en?: string }>(name, request);
      if (out.ok) return { ...fake.log.byKind, seconds: Math.round((fake.clock!.elapsedMs - start) / 100) / 10, runs };
      if (out.code !== 'SHEETS_TIME_LIMIT') throw new Error(`${name} failed at ${n} rows: ${out.en}`);
    }
    throw new Error(`${name} did not finish in 5 runs at ${n} rows`);
  };
  return { setup: run('pcssSetup', {}), funnel: run('pcssFunnel', { date: '2027-01-04' }) };
}

export async function run(): Promise<Record<string, unknown>> {
  const setup: Record<string, number> = {};
  const funnel: Record<string, number> = {};
  const setupDetail: Record<string, unknown> = {};
  const funnelDetail: Record<string, unknown> = {};
  const setupSeconds: Record<string, number> = {};
  const funnelSeconds: Record<string, number> = {};
  const setupRuns: Record<string, number> = {};
  for (const n of COUNTS) {
    const m = measure(n);
    setupSeconds[n] = m.setup.seconds;
    funnelSeconds[n] = m.funnel.seconds;
    setupRuns[n] = m.setup.runs;
    setup[n] = m.setup.read + m.setup.write + m.setup.builder;
    funnel[n] = m.funnel.read + m.funnel.write + m.funnel.builder;
    setupDetail[n] = { read: m.setup.read, write: m.setup.write, builder: m.setup.builder };
    funnelDetail[n] = { read: m.funnel.read, write: m.funnel.write, builder: m.funnel.builder };
  }
  return {
    'gsheets.setup_calls': setup,
    'gsheets.funnel_calls': funnel,
    'gsheets.setup_calls_detail': setupDetail,
    'gsheets.funnel_calls_detail': funnelDetail,
    'gsheets.setup_seconds_estimate': setupSeconds,
    'gsheets.funnel_seconds_estimate': funnelSeconds,
    'gsheets.setup_runs': setupRuns,
  };
}
