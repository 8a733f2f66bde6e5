import { SCENARIOS, runScenario } from '../scenarios/scenarios';
import { XlsxHost } from './xlsxHost';

const expectations = {
  equal: (actual: unknown, expected: unknown, what: string) => expect({ what, value: actual }).toEqual({ what, value: expected }),
  truthy: (value: unknown, what: string) => expect({ what, ok: !!value }).toEqual({ what, ok: true }),
};

describe('set-up scenarios on the .xlsx host', () => {
  it.each(SCENARIOS.map((s) => [s.name, s] as const))(
    '%s',
    async (_, scenario) => {
      const { after, changed } = await runScenario(new XlsxHost(), scenario);
      expect(changed).toEqual([]);
      scenario.check(after, expectations);
    },
    180_000,
  );
});
