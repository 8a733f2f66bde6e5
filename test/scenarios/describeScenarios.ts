import type { ScenarioHost } from './host';
import { runScenario } from './runScenario';
import { SCENARIOS, type Expectations } from './scenarios';

/** The scenarios' checks as jest expectations, each naming what it checks. */
const expectations: Expectations = {
  equal: (actual: unknown, expected: unknown, what: string) => expect({ what, value: actual }).toEqual({ what, value: expected }),
  truthy: (value: unknown, what: string) => expect({ what, ok: !!value }).toEqual({ what, ok: true }),
};

/**
 * The shared scenarios as one test each on a host: nothing of the user's changes, the
 * scenario's checks hold, then `hostChecks` (what this host's runs may cost).
 */
export function describeScenarios<H extends ScenarioHost>(title: string, newHost: () => H, options: { hostChecks?: (host: H) => void; timeoutMs?: number } = {}): void {
  describe(title, () => {
    it.each(SCENARIOS.map((s) => [s.name, s] as const))(
      '%s',
      async (_, scenario) => {
        const host = newHost();
        const { after, changed } = await runScenario(host, scenario);
        expect(changed).toEqual([]);
        scenario.check(after, expectations);
        options.hostChecks?.(host);
      },
      options.timeoutMs,
    );
  });
}
