import { MemoryHost } from './memoryHost';
import { SCENARIOS, runScenario } from './scenarios';

const expectations = {
  equal: (actual: unknown, expected: unknown, what: string) => expect({ what, value: actual }).toEqual({ what, value: expected }),
  truthy: (value: unknown, what: string) => expect({ what, ok: !!value }).toEqual({ what, ok: true }),
};

describe('set-up scenarios on the reference (in-memory) host', () => {
  it.each(SCENARIOS.map((s) => [s.name, s] as const))('%s', async (_, scenario) => {
    const { after, changed } = await runScenario(new MemoryHost(), scenario);
    expect(changed).toEqual([]);
    scenario.check(after, expectations);
  });
});
