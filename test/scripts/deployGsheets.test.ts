import { spawnSync } from 'child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { PUSHED_FILES, SCOPES, chooseTarget, filesToPush, pushProblems, readProject } from '../../scripts/gsheets/deploy';
import { ROOT, ensureBuilt } from '../functions/buildOnce';

/** A folder laid out as the repo is for clasp: the project files and the built dist/gsheets. */
function projectDir(projects: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pcss-deploy-'));
  cpSync(join(ROOT, 'dist/gsheets'), join(dir, 'dist/gsheets'), { recursive: true });
  for (const [name, data] of Object.entries(projects)) writeFileSync(join(dir, name), JSON.stringify(data));
  return dir;
}

const DEV = { scriptId: 'dev-script-id-offline', rootDir: 'dist/gsheets' };
const PROD = { scriptId: 'prod-script-id-offline', rootDir: 'dist/gsheets', deploymentId: 'AKfycb-prod-deployment' };

describe('npm run deploy:gsheets', () => {
  beforeAll(() => ensureBuilt(), 180_000);

  it('deploys to dev unless the argument or PCSS_GSHEETS_TARGET says prod', () => {
    expect(chooseTarget([], {})).toBe('dev');
    expect(chooseTarget(['prod', '--dry-run'], {})).toBe('prod');
    expect(chooseTarget(['--dry-run'], { PCSS_GSHEETS_TARGET: 'prod' })).toBe('prod');
    expect(chooseTarget(['dev'], { PCSS_GSHEETS_TARGET: 'prod' })).toBe('dev');
    expect(() => chooseTarget(['staging'], {})).toThrow(/部署目标「staging」无效[\s\S]*Unknown deploy target "staging"/);
  });

  it('reads separate development and production script IDs, and refuses a missing or unfilled project file', () => {
    const dir = projectDir({ '.clasp-dev.json': DEV, '.clasp-prod.json': PROD });
    expect(readProject(dir, 'dev')).toMatchObject({ scriptId: DEV.scriptId, rootDir: 'dist/gsheets' });
    expect(readProject(dir, 'dev').deploymentId).toBeUndefined();
    expect(readProject(dir, 'prod')).toMatchObject({ scriptId: PROD.scriptId, deploymentId: PROD.deploymentId });
    const empty = projectDir({ '.clasp-dev.json': { scriptId: 'PUT-YOUR-SCRIPT-ID-HERE', rootDir: 'dist/gsheets' }, '.clasp-prod.json': { scriptId: 'x', rootDir: 'gsheets' } });
    expect(() => readProject(empty, 'dev')).toThrow(/没有脚本 ID[\s\S]*has no script ID/);
    expect(() => readProject(empty, 'prod')).toThrow(/rootDir must be "dist\/gsheets"/);
    rmSync(join(empty, '.clasp-prod.json'));
    expect(() => readProject(empty, 'prod')).toThrow(/没有 \.clasp-prod\.json[\s\S]*No \.clasp-prod\.json: copy \.clasp\.json\.example/);
    for (const d of [dir, empty]) rmSync(d, { recursive: true, force: true });
  });

  it('would push exactly Code.js, Sidebar.html and appsscript.json, asking for exactly the two scopes (clasp status, offline)', () => {
    const dir = projectDir({ '.clasp-prod.json': PROD });
    const files = filesToPush(dir, readProject(dir, 'prod'));
    expect(files).toEqual([...PUSHED_FILES].sort());
    const manifest = JSON.parse(readFileSync(join(dir, 'dist/gsheets/appsscript.json'), 'utf8'));
    expect([...manifest.oauthScopes].sort()).toEqual(['https://www.googleapis.com/auth/script.container.ui', 'https://www.googleapis.com/auth/spreadsheets.currentonly']);
    expect(pushProblems(files, manifest)).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a push with a stray file or another scope', () => {
    const dir = projectDir({ '.clasp-dev.json': DEV });
    writeFileSync(join(dir, 'dist/gsheets/sidebar.js'), '// a leftover bundle would run as server code');
    const files = filesToPush(dir, readProject(dir, 'dev'));
    expect(files).toContain('sidebar.js');
    expect(pushProblems(files, { oauthScopes: SCOPES })).toEqual([expect.stringMatching(/clasp would push .*sidebar\.js/)]);
    expect(pushProblems([...PUSHED_FILES], { oauthScopes: [...SCOPES, 'https://www.googleapis.com/auth/spreadsheets'] })).toEqual([expect.stringMatching(/asks for .*auth\/spreadsheets,/)]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows what a production deploy would do, without network or a Google account (--dry-run)', () => {
    const dir = projectDir({ '.clasp-dev.json': DEV, '.clasp-prod.json': PROD });
    const home = mkdtempSync(join(tmpdir(), 'pcss-nohome-')); // no ~/.clasprc.json: nobody is logged in
    const run = (args: string[], env: Record<string, string> = {}) =>
      spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/gsheets/deploy.ts', ...args, '--skip-build', '--project-dir', dir], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, HOME: home, PCSS_GSHEETS_TARGET: '', ...env },
        timeout: 120_000,
      });
    const prod = run(['prod', '--dry-run']);
    expect(prod.stderr).toBe('');
    expect(prod.status).toBe(0);
    expect(prod.stdout).toContain(`script ID ${PROD.scriptId}`);
    expect(prod.stdout).toContain('would push Code.js, Sidebar.html, appsscript.json');
    expect(prod.stdout).toContain('Google was not contacted');
    expect(prod.stdout).toMatch(new RegExp(`clasp -P \\.clasp-prod\\.json create-deployment -d "pcss [\\d.]+ \\(prod, \\w+\\)" -i ${PROD.deploymentId} -V <version>`));
    const dev = run(['--dry-run'], { PCSS_GSHEETS_TARGET: 'dev' });
    expect(dev.status).toBe(0);
    expect(dev.stdout).toContain(`script ID ${DEV.scriptId}`);
    expect(dev.stdout).not.toContain(PROD.scriptId);
    rmSync(join(dir, '.clasp-dev.json'));
    const missing = run(['dev', '--dry-run']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('No .clasp-dev.json');
    for (const d of [dir, home]) rmSync(d, { recursive: true, force: true });
  }, 120_000);
});
