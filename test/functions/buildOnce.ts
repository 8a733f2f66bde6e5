import { execFileSync } from 'child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'fs';
import { join } from 'path';
import { DEV_ORIGIN } from '../../scripts/functions/origin';

/**
 * Tests of the built artifacts build them once when dist/ is missing or older than its
 * sources, so `npm test` passes on a fresh clone. A lock directory keeps parallel jest
 * workers from building at the same time.
 */
export const ROOT = join(__dirname, '..', '..');
export const DIST = {
  excelFunctionsJs: join(ROOT, 'dist/excel-addin/functions.js'),
  excelMetadataEn: join(ROOT, 'dist/excel-addin/functions.json'),
  excelMetadataZh: join(ROOT, 'dist/excel-addin/functions-zh-cn.json'),
  excelMetadataZhTw: join(ROOT, 'dist/excel-addin/functions-zh-tw.json'),
  excelHelp: join(ROOT, 'dist/excel-addin/help.html'),
  excelSupport: join(ROOT, 'dist/excel-addin/support.html'),
  excelPrivacy: join(ROOT, 'dist/excel-addin/privacy.html'),
  excelManifest: join(ROOT, 'dist/excel-addin/manifest.xml'),
  excelTaskpaneHtml: join(ROOT, 'dist/excel-addin/taskpane.html'),
  excelTaskpaneJs: join(ROOT, 'dist/excel-addin/taskpane.js'),
  excelWorkbookJs: join(ROOT, 'dist/excel-addin/workbook.js'),
  excelPaneCss: join(ROOT, 'dist/excel-addin/pane.css'),
  gsheetsCode: join(ROOT, 'dist/gsheets/Code.js'),
  gsheetsManifest: join(ROOT, 'dist/gsheets/appsscript.json'),
  gsheetsSidebar: join(ROOT, 'dist/gsheets/Sidebar.html'),
};

const SOURCES = ['core', 'pane', 'excel-addin', 'gsheets', 'scripts/functions', 'assets', 'webpack.config.js', 'manifest.xml', 'package.json'];

/** The tests read the development build: one for a team's origin (ADDIN_ORIGIN) is rebuilt. */
const DEV_TASKPANE_URL = `${DEV_ORIGIN}/taskpane.html`;

function newest(path: string): number {
  const full = join(ROOT, path);
  if (!existsSync(full)) return 0;
  const st = statSync(full);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = 0;
  for (const name of readdirSync(full)) max = Math.max(max, newest(join(path, name)));
  return max;
}

// Written after a successful build: webpack leaves unchanged outputs untouched, so their own
// times cannot tell whether the sources changed since.
const STAMP = join(ROOT, 'dist', '.functions-built');

function isStale(): boolean {
  if (!Object.values(DIST).every(existsSync) || !existsSync(STAMP)) return true;
  if (!readFileSync(DIST.excelManifest, 'utf8').includes(DEV_TASKPANE_URL)) return true;
  return Math.max(...SOURCES.map(newest)) > statSync(STAMP).mtimeMs;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export function ensureBuilt(): void {
  if (!isStale()) return;
  const lock = join(ROOT, 'dist', '.build-lock');
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 180_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error('timed out waiting for another build of dist/');
      sleep(500);
    }
  }
  try {
    if (!isStale()) return;
    const bin = (p: string) => join(ROOT, 'node_modules', p);
    // Always the development origin, whatever ADDIN_ORIGIN the shell has.
    const env = { ...process.env, ADDIN_ORIGIN: '' };
    execFileSync(process.execPath, [bin('tsx/dist/cli.mjs'), 'scripts/functions/generate.ts'], { cwd: ROOT, stdio: 'pipe', env });
    execFileSync(process.execPath, [bin('webpack-cli/bin/cli.js'), '--mode', 'production'], { cwd: ROOT, stdio: 'pipe', env });
    writeFileSync(STAMP, new Date().toISOString());
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
