import { SCENARIOS, runScenario } from '../scenarios/scenarios';
import { ExcelFakeHost } from './excelHost';

const expectations = {
  equal: (actual: unknown, expected: unknown, what: string) => expect({ what, value: actual }).toEqual({ what, value: expected }),
  truthy: (value: unknown, what: string) => expect({ what, ok: !!value }).toEqual({ what, ok: true }),
};

describe('set-up scenarios on the Excel host (fake Excel, real reader and applier)', () => {
  it.each(SCENARIOS.map((s) => [s.name, s] as const))(
    '%s',
    async (_, scenario) => {
      const host = new ExcelFakeHost();
      const { after, changed } = await runScenario(host, scenario);
      expect(changed).toEqual([]);
      scenario.check(after, expectations);
      // Every action: 2 read syncs and at most 2 write syncs for the set-up, 1 for the funnel.
      for (const r of host.results) expect(r.syncs).toBeLessThanOrEqual('totals' in r ? 3 : 4);
      expect(host.excel.maxRequestBytes).toBeLessThan(5_000_000);
    },
    180_000,
  );
});
