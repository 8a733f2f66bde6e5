/**
 * The Excel host against the fake Excel: round trips (syncs) for the set-up and for the funnel
 * on trackers of 100, 10 000 and 50 000 opportunities, and the largest single request.
 * Targets: syncs constant in the row count, at most 4 for the set-up and 3 for the funnel;
 * every request under 5 000 000 bytes (Excel on the web refuses 5 MB).
 *   excel.setup_syncs / excel.funnel_syncs: { "100": n, "10000": n, "50000": n }, with the fake
 *     refusing responses over 5 MB as Excel on the web does (the reader then reads in pieces)
 *   excel.*_syncs_unlimited_response: the same with responses of any size accepted
 *   excel.rerun_setup_syncs: a second set-up after a tenth more opportunities appeared in the
 *     tracker (reads our tabs' key columns too, so past 10 000 rows it takes a few more pieces)
 *   excel.fresh_funnel_syncs: the pane's Generate funnel after an amount changed in the tracker:
 *     the set-up again (the refresh, issue 13) and the funnel on its result, from one read and in
 *     one write (core/run/runFreshFunnel.ts)
 *   excel.max_request_bytes: the largest request over all runs (UTF-8 JSON of its operations)
 *   excel.max_accepted_response_bytes: the largest response Excel returned
 * The fake calculates no formulas here (HyperFormula, which the tests use, would take minutes at
 * 50 000 rows): the funnel then reads blank levels, which changes no request and no round trip.
 */
/// <reference types="office-js" />
import { generateFreshFunnel, generateFunnel, setupWorkbook } from '../excel-addin/workbook';
import { sampleOpportunities } from '../samples/teamPipeline';
import { fakeFrom } from '../test/excel/excelHost';
import { PAYLOAD_LIMIT } from '../test/excel/fake';
import type { WorkbookSnapshot } from '../core/layout';

const SIZES = [100, 10_000, 50_000];
const HEADERS = ['机会名称', '客户名称', '销售人员', '合同金额', '预计签约日期', '阶段'];

function tracker(count: number): WorkbookSnapshot {
  const rows = sampleOpportunities(count, 42).map((o, i) => [o.name, `${o.customer}-${i}`, o.rep, o.amount, o.expectedClose, o.stage]);
  return { sheets: [{ name: '销售机会跟踪', rows: [['团队销售机会'], [], HEADERS, ...rows], tables: [] }] };
}

interface Figures {
  setup: Record<string, number>;
  rerun: Record<string, number>;
  funnel: Record<string, number>;
  /** The pane's Generate funnel: the set-up again (the refresh from the tracker) and the funnel, one read and one write. */
  fresh: Record<string, number>;
  maxRequest: number;
  maxResponse: number;
}

async function measure(responseLimit: number): Promise<Figures> {
  const f: Figures = { setup: {}, rerun: {}, funnel: {}, fresh: {}, maxRequest: 0, maxResponse: 0 };
  for (const n of SIZES) {
    const excel = fakeFrom(tracker(n), { responseLimit });
    const context = excel.context as unknown as Excel.RequestContext;
    const requirements = excel.office.context.requirements;
    const note = () => {
      f.maxRequest = Math.max(f.maxRequest, excel.maxRequestBytes);
      f.maxResponse = Math.max(f.maxResponse, ...excel.syncs.map((s) => (s.responseBytes <= responseLimit ? s.responseBytes : 0)));
    };
    await setupWorkbook(context, { requirements });
    f.setup[n] = excel.syncCount;
    note();
    excel.resetCounters();
    await generateFunnel(context, { requirements, date: '2027-01-04' });
    f.funnel[n] = excel.syncCount;
    note();
    // The pane's button on the same workbook: an amount changed in the tracker, brought in first.
    const sheet = excel.model.sheet('销售机会跟踪')!;
    sheet.setCell(3, 3, 123_456, undefined);
    excel.resetCounters();
    await generateFreshFunnel(context, { requirements, date: '2027-01-11' });
    f.fresh[n] = excel.syncCount;
    note();
    // A tenth more opportunities below the tracker's last row, then the set-up again.
    sampleOpportunities(Math.ceil(n / 10), 43).forEach((o, i) => {
      [o.name, `新客户-${i}`, o.rep, o.amount, o.expectedClose, o.stage].forEach((v, c) => sheet.setCell(3 + n + i, c, v, undefined));
    });
    excel.resetCounters();
    await setupWorkbook(context, { requirements });
    f.rerun[n] = excel.syncCount;
    note();
  }
  return f;
}

export async function run(): Promise<Record<string, unknown>> {
  const real = await measure(PAYLOAD_LIMIT);
  const open = await measure(Infinity);
  return {
    'excel.setup_syncs': real.setup,
    'excel.funnel_syncs': real.funnel,
    'excel.rerun_setup_syncs': real.rerun,
    'excel.fresh_funnel_syncs': real.fresh,
    'excel.setup_syncs_unlimited_response': open.setup,
    'excel.funnel_syncs_unlimited_response': open.funnel,
    'excel.max_request_bytes': Math.max(real.maxRequest, open.maxRequest),
    'excel.max_accepted_response_bytes': real.maxResponse,
  };
}
