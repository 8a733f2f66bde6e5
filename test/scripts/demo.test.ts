import { spawnSync } from 'child_process';
import { join } from 'path';

const ROOT = join(__dirname, '../..');

describe('npm run demo', () => {
  it('prints the sample team’s milestones, funnel, forecast by rep and activity gaps', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/demo.ts'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('48 个机会 opportunities');
    expect(r.stdout).toMatch(/预测 Forecast: [\d,]+/);
    expect(r.stdout).toContain('从不要求生意 never Ask for the business');
    expect(r.stdout).toMatch(/合格决策者\s+Qualified decision maker\s+\d+/);
  });
});
