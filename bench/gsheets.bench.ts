/**
 * The Sheets add-on's Spreadsheet service calls, through the built Code.js in a vm against the
 * fake Sheets (test/gsheets/fake), for a tracker of 100, 10 000 and 50 000 opportunities:
 *   gsheets.setup_calls, gsheets.funnel_calls   every call on a Spreadsheet service object
 *                                                (document objects and builders), by row count,
 *                                                of a first set-up and a first funnel (the
 *                                                menu's and the sidebar's Generate funnel, which
 *                                                runs a set-up again first: issue 13, every run
 *                                                refreshes from the tracker)
 *   gsheets.rerun_setup_calls, gsheets.rerun_funnel_calls   the same for what users repeat: a
 *                                                set-up with nothing new, a funnel on a
 *                                                spreadsheet that already has one
 *   gsheets.max_reads                            the most reads (calls that return contents or
 *                                                metadata, which flush pending writes: fake/calls.ts
 *                                                isRead) in any one execution of the runs above
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
 * Targets (issue 15): constant in the row count; first set-up ≤ 120, first funnel ≤ 30, a set-up
 * with nothing new ≤ 15, a later funnel ≤ 15, reads ≤ 8 per execution. Issue 17: a set-up of
 * 50 000 rows within Apps Script's 6 minutes, or stopped cleanly and finished by the next run.
 */
import { loadCodeJs } from '../test/gsheets/codeJs';
import { FakeAppsScript, SHEETS_COSTS } from '../test/gsheets/fake';
import { ZH_HEADERS } from '../test/scenarios/scenarios';
import { sampleOpportunities } from '../samples/teamPipeline';

const COUNTS = [100, 10_000, 50_000];

type Kinds = { read: number; write: number; builder: number };
type Measured = Kinds & { seconds: number; runs: number; maxReads: number };
const RUNS = ['setup', 'rerunSetup', 'funnel', 'rerunFunnel'] as const;

function measure(n: number): Record<(typeof RUNS)[number], Measured> {
  // Calls do not depend on computed values; HyperFormula over 50 000 rows would take minutes.
  const fake = new FakeAppsScript({ locale: 'zh_CN', evaluate: false, costs: SHEETS_COSTS });
  const rows = sampleOpportunities(n, 5).map((o, i) => [o.name, `${o.customer}-${i}`, o.rep, o.amount, o.expectedClose, o.stage]);
  fake.addSheet('销售机会跟踪', [ZH_HEADERS, ...rows]);
  const run = (name: string, request: unknown): Measured => {
    fake.log.reset();
    const start = fake.clock!.elapsedMs;
    let maxReads = 0;
    // Each click is a new execution (its own 6 minutes); one that stopped at the limit is clicked again.
    for (let runs = 1; runs <= 5; runs++) {
      const before = fake.log.reads;
      const out = loadCodeJs(fake).call<{ ok: boolean; code?: string; en?: string }>(name, request);
      maxReads = Math.max(maxReads, fake.log.reads - before);
      if (out.ok) return { ...fake.log.byKind, seconds: Math.round((fake.clock!.elapsedMs - start) / 100) / 10, runs, maxReads };
      if (out.code !== 'SHEETS_TIME_LIMIT') throw new Error(`${name} failed at ${n} rows: ${out.en}`);
    }
    throw new Error(`${name} did not finish in 5 runs at ${n} rows`);
  };
  return {
    setup: run('pcssSetup', {}),
    rerunSetup: run('pcssSetup', {}),
    funnel: run('pcssFunnel', { date: '2027-01-04' }),
    rerunFunnel: run('pcssFunnel', { date: '2027-01-11' }),
  };
}

const calls = (m: Measured) => m.read + m.write + m.builder;

export async function run(): Promise<Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  const put = (key: string, n: number, value: unknown) => ((out[key] ??= {})[n] = value);
  for (const n of COUNTS) {
    const m = measure(n);
    put('gsheets.setup_calls', n, calls(m.setup));
    put('gsheets.funnel_calls', n, calls(m.funnel));
    put('gsheets.rerun_setup_calls', n, calls(m.rerunSetup));
    put('gsheets.rerun_funnel_calls', n, calls(m.rerunFunnel));
    put('gsheets.max_reads', n, Math.max(...RUNS.map((r) => m[r].maxReads)));
    put('gsheets.setup_calls_detail', n, { read: m.setup.read, write: m.setup.write, builder: m.setup.builder });
    put('gsheets.funnel_calls_detail', n, { read: m.funnel.read, write: m.funnel.write, builder: m.funnel.builder });
    put('gsheets.setup_seconds_estimate', n, m.setup.seconds);
    put('gsheets.funnel_seconds_estimate', n, m.funnel.seconds);
    put('gsheets.setup_runs', n, m.setup.runs);
  }
  return out;
}
