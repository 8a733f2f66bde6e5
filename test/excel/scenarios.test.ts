import { describeScenarios } from '../scenarios/describeScenarios';
import { ExcelFakeHost } from './excelHost';

describeScenarios('set-up scenarios on the Excel host (fake Excel, real reader and applier)', () => new ExcelFakeHost(), {
  hostChecks: (host) => {
    // Every action: 2 read syncs and at most 2 write syncs for the set-up, 1 for the funnel; the
    // pane's Generate funnel (a result with `refreshed`) runs a set-up again first, so both (issue 13).
    for (const r of host.results) expect(r.syncs).toBeLessThanOrEqual('refreshed' in r && 'totals' in r ? 7 : 'totals' in r ? 3 : 4);
    expect(host.excel.maxRequestBytes).toBeLessThan(5_000_000);
  },
  timeoutMs: 180_000,
});
