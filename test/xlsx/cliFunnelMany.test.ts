import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { zhTracker } from '../layout/fixtures';
import { runFunnel } from '../../xlsx/run';
import { pcss, SAMPLE_WORKBOOK } from '../support/commandLine';
import { workbookFile } from './xlsxHost';

/** Every file under `dir` with its bytes, to show nothing was written anywhere. */
function contents(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) out[join(e.parentPath, e.name)] = readFileSync(join(e.parentPath, e.name)).toString('base64');
  }
  return out;
}

const money = (n: number) => Math.round(n).toLocaleString('en-US');
const cells = (line: string | undefined) => (line ?? '').trim().split(/\s{2,}/);

/**
 * A manager's folder: two teams (the sample, set up; a team's tracker not set up yet), a
 * workbook that cannot be read, and what is not taken: a text file, Excel's owner file, a subfolder.
 */
async function teams(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'pcss-teams-'));
  copyFileSync(SAMPLE_WORKBOOK, join(dir, 'east.xlsx'));
  await workbookFile({ sheets: [zhTracker(20, 5)] }, join(dir, 'west.xlsm'));
  writeFileSync(join(dir, 'broken.xlsx'), '机会名称,客户名称\n');
  writeFileSync(join(dir, 'notes.txt'), 'not a workbook');
  writeFileSync(join(dir, '~$east.xlsx'), 'owner');
  mkdirSync(join(dir, 'old'));
  copyFileSync(SAMPLE_WORKBOOK, join(dir, 'old', 'archive.xlsx'));
  return dir;
}

describe('pcss funnel over several workbooks', () => {
  it('adds up the workbooks of a folder, sorted by name, says the one it cannot read (exit 1), and writes nothing', async () => {
    const dir = await teams();
    const before = contents(dir);
    const east = await runFunnel(join(dir, 'east.xlsx'));
    const west = await runFunnel(join(dir, 'west.xlsm'));

    const r = pcss(['funnel', dir, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot read ".*broken\.xlsx", left out of the total: .*is not an \.xlsx workbook.* \/ 无法读取“.*broken\.xlsx”,未计入合计/);
    const lines = r.stdout.split('\n');
    const named = lines.filter((l) => l.startsWith(dir));
    expect(named.map((l) => cells(l)[0])).toEqual([join(dir, 'east.xlsx'), join(dir, 'west.xlsm')]);
    expect(cells(named[0]).slice(1)).toEqual([String(east.funnel.count), money(east.funnel.amount), money(east.funnel.forecast)]);
    expect(cells(named[1]).slice(1)).toEqual([String(west.funnel.count), money(west.funnel.amount), money(west.funnel.forecast)]);
    const total = cells(lines.find((l) => l.startsWith('Total ')));
    expect(total).toEqual(['Total', String(east.funnel.count + west.funnel.count), money(east.funnel.amount + west.funnel.amount), money(east.funnel.forecast + west.funnel.forecast)]);
    expect(r.stdout).toContain(`Total forecast: ${money(east.funnel.forecast + west.funnel.forecast)}`);
    // The funnel of all of them, milestone by milestone.
    const m3 = cells(lines.find((l) => l.startsWith('M3 ')));
    expect(m3[2]).toBe(String(east.funnel.rows[3].count + west.funnel.rows[3].count));
    expect(r.stdout).not.toContain('archive.xlsx');
    expect(contents(dir)).toEqual(before);
  }, 120_000);

  it('takes several files, in the order given, each in the total (exit 0)', async () => {
    const dir = await teams();
    const r = pcss(['funnel', join(dir, 'west.xlsm'), join(dir, 'east.xlsx'), '--period', '2027-Q2']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const named = r.stdout.split('\n').filter((l) => l.startsWith(dir));
    expect(named.map((l) => cells(l)[0])).toEqual([join(dir, 'west.xlsm'), join(dir, 'east.xlsx')]);
    expect(r.stdout).toContain('合计:按预计签约期间预测');
    expect(r.stdout).toMatch(/2027年第2季度 \(2027-Q2\)/);
  }, 120_000);

  it('says a folder without workbooks', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pcss-empty-'));
    const r = pcss(['funnel', dir, SAMPLE_WORKBOOK]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/没有 \.xlsx 或 \.xlsm 工作簿.*holds no \.xlsx or \.xlsm workbook/);
    expect(r.stdout).toContain('team-pipeline.xlsx');
  }, 120_000);

  it('says a --rep no workbook knows, with the reps there are (exit 1)', async () => {
    const dir = await teams();
    const r = pcss(['funnel', join(dir, 'east.xlsx'), join(dir, 'west.xlsm'), '--rep', 'Nobody']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/找不到销售人员“Nobody”;工作簿中的销售人员:李明/);
    expect(r.stdout).toBe('');
  }, 120_000);
});
