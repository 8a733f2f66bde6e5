/**
 * The Sheets add-on's Spreadsheet service calls, through the built Code.js in a vm against the
 * fake Sheets (test/gsheets/fake), for a tracker of 100, 10 000 and 50 000 opportunities:
 *   gsheets.setup_calls, gsheets.funnel_calls   every call on a Spreadsheet service object
 *                                                (document objects and builders), by row count
 *   gsheets.setup_calls_detail, gsheets.funnel_calls_detail   the same split: reads (get…), writes
 *                                                (every other document call), builders (rule and
 *                                                chart builders, which never touch the document)
 * Targets (issue 5): constant in the row count; at most 40 for set-up and 15 for the funnel.
 */
import { loadCodeJs } from '../test/gsheets/codeJs';
import { FakeAppsScript } from '../test/gsheets/fake';
import { ZH_HEADERS } from '../test/scenarios/scenarios';
import { sampleOpportunities } from '../samples/teamPipeline';

const COUNTS = [100, 10_000, 50_000];

type Kinds = { read: number; write: number; builder: number };

function measure(n: number): { setup: Kinds; funnel: Kinds } {
  // Calls do not depend on computed values; HyperFormula over 50 000 rows would take minutes.
  const fake = new FakeAppsScript({ locale: 'zh_CN', evaluate: false });
  const rows = sampleOpportunities(n, 5).map((o, i) => [o.name, `${o.customer}-${i}`, o.rep, o.amount, o.expectedClose, o.stage]);
  fake.addSheet('销售机会跟踪', [ZH_HEADERS, ...rows]);
  const code = loadCodeJs(fake);
  const run = (name: string, request: unknown) => {
    fake.log.reset();
    const out = code.call<{ ok: boolean; en?: string }>(name, request);
    if (!out.ok) throw new Error(`${name} failed at ${n} rows: ${out.en}`);
    return { ...fake.log.byKind };
  };
  return { setup: run('pcssSetup', {}), funnel: run('pcssFunnel', { date: '2027-01-04' }) };
}

export async function run(): Promise<Record<string, unknown>> {
  const setup: Record<string, number> = {};
  const funnel: Record<string, number> = {};
  const setupDetail: Record<string, unknown> = {};
  const funnelDetail: Record<string, unknown> = {};
  for (const n of COUNTS) {
    const m = measure(n);
    setup[n] = m.setup.read + m.setup.write + m.setup.builder;
    funnel[n] = m.funnel.read + m.funnel.write + m.funnel.builder;
    setupDetail[n] = m.setup;
    funnelDetail[n] = m.funnel;
  }
  return { 'gsheets.setup_calls': setup, 'gsheets.funnel_calls': funnel, 'gsheets.setup_calls_detail': setupDetail, 'gsheets.funnel_calls_detail': funnelDetail };
}
