/**
 * The command line users run: dist/cli/pcss.cjs, built by `npm ci` (scripts/cli/bundle.ts).
 * It must answer exactly as the sources do, and bin/pcss.js must never run it once a file it
 * was built from has changed.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { CLI_BUNDLE, CLI_INPUTS, buildCli } from '../../scripts/cli/bundle';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { chooseEntry } = require('../../bin/entry') as { chooseEntry: (root?: string, env?: Record<string, string | undefined>) => 'bundle' | 'sources' };

const ROOT = join(__dirname, '../..');
const SAMPLE = join(ROOT, 'samples/team-pipeline.xlsx');

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', cwd: ROOT, timeout: 120_000, env: { ...process.env, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  // What `npm ci` left, unless a source changed since: then built again, as `npm run build:cli` does.
  if (chooseEntry() !== 'bundle') await buildCli();
}, 60_000);

describe('the command line as built', () => {
  it('is one file that needs neither tsx nor ExcelJS, and has no eval', () => {
    const text = readFileSync(CLI_BUNDLE, 'utf8');
    expect(text).not.toMatch(/require\(["'](exceljs|tsx)/);
    expect(text).not.toMatch(/\beval\(/);
    const inputs = JSON.parse(readFileSync(CLI_INPUTS, 'utf8')) as string[];
    expect(inputs).toContain('xlsx/cli.ts');
    expect(inputs.every((f) => existsSync(join(ROOT, f)))).toBe(true);
  });

  it('writes the same workbook, byte for byte, as the sources', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pcss-bundle-'));
    const built = run([CLI_BUNDLE, 'apply', SAMPLE, '--out', join(dir, 'built.xlsx'), '--date', '2027-01-04']);
    const sources = run([join(ROOT, 'bin/pcss.js'), 'apply', SAMPLE, '--out', join(dir, 'sources.xlsx'), '--date', '2027-01-04'], { PCSS_FROM_SOURCES: '1' });
    expect(built.code).toBe(0);
    expect(sources.code).toBe(0);
    expect(built.stdout.replace(/built\.xlsx/g, 'X')).toBe(sources.stdout.replace(/sources\.xlsx/g, 'X'));
    expect(readFileSync(join(dir, 'built.xlsx')).equals(readFileSync(join(dir, 'sources.xlsx')))).toBe(true);
  }, 120_000);

  it('refuses bad input as the sources do: same message, same exit status', () => {
    const built = run([CLI_BUNDLE, 'apply', join(ROOT, 'no-such-file.xlsx'), '--out', join(tmpdir(), 'never.xlsx')]);
    const sources = run([join(ROOT, 'bin/pcss.js'), 'apply', join(ROOT, 'no-such-file.xlsx'), '--out', join(tmpdir(), 'never.xlsx')], { PCSS_FROM_SOURCES: '1' });
    expect(built.code).not.toBe(0);
    expect(built.code).toBe(sources.code);
    expect(built.stderr).toBe(sources.stderr);
  }, 120_000);
});

describe('which command line bin/pcss.js runs', () => {
  function fakeRoot(): string {
    const root = mkdtempSync(join(tmpdir(), 'pcss-entry-'));
    mkdirSync(join(root, 'dist', 'cli'), { recursive: true });
    mkdirSync(join(root, 'xlsx'));
    writeFileSync(join(root, 'xlsx', 'cli.ts'), '// source');
    const past = new Date(Date.now() - 60_000);
    utimesSync(join(root, 'xlsx', 'cli.ts'), past, past);
    writeFileSync(join(root, 'dist', 'cli', 'pcss.cjs'), '// bundle');
    writeFileSync(join(root, 'dist', 'cli', 'inputs.json'), JSON.stringify(['xlsx/cli.ts']));
    return root;
  }

  it('runs the bundle while no source changed after it', () => {
    expect(chooseEntry(fakeRoot(), {})).toBe('bundle');
  });

  it('runs the sources once a file the bundle was built from is edited', () => {
    const root = fakeRoot();
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(root, 'xlsx', 'cli.ts'), later, later);
    expect(chooseEntry(root, {})).toBe('sources');
  });

  it('runs the sources when the bundle, its list or one of its sources is missing', () => {
    const noBundle = fakeRoot();
    rmSync(join(noBundle, 'dist', 'cli', 'pcss.cjs'));
    expect(chooseEntry(noBundle, {})).toBe('sources');
    const noList = fakeRoot();
    rmSync(join(noList, 'dist', 'cli', 'inputs.json'));
    expect(chooseEntry(noList, {})).toBe('sources');
    const gone = fakeRoot();
    rmSync(join(gone, 'xlsx', 'cli.ts'));
    expect(chooseEntry(gone, {})).toBe('sources');
  });

  it('runs the sources when asked to (PCSS_FROM_SOURCES=1)', () => {
    expect(chooseEntry(fakeRoot(), { PCSS_FROM_SOURCES: '1' })).toBe('sources');
  });

  it('is what a fresh clone gets after npm ci: the bundle', () => {
    // This checkout, whose bundle npm ci (or beforeAll) made after every source.
    expect(chooseEntry(ROOT, {})).toBe('bundle');
  });
});
