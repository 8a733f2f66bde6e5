/**
 * Issue 13, "every run refreshes": `pcss funnel` writes nothing, so on a file whose tracker moved
 * since the last apply it shows the funnel as `pcss apply` would leave the file (what the pane's
 * Generate funnel writes, after its refresh), lists what the file does not show yet, and says so.
 */
import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import '../../core/cliErrors';
import { MethodError } from '../../core/errors';
import { say } from '../../core/messages';
import { funnelMany } from '../../xlsx/funnelMany';
import { runApply, runFunnel } from '../../xlsx/run';
import { trackerRows } from '../scenarios/trackerSheet';
import { ZH_HEADERS } from '../scenarios/scenarios';
import { pcss } from '../support/commandLine';
import { tempFolder } from '../support/files';
import { workbookFile } from './xlsxHost';

const TRACKER = '销售机会跟踪';

/** Set up in the past (a run is dated; the funnel's own run is today), then the tracker edited as a user would. */
async function behindItsTracker(): Promise<{ dir: string; file: string }> {
  const dir = tempFolder('pcss-behind-');
  const input = join(dir, 'in.xlsx');
  const file = join(dir, 'book.xlsx');
  await workbookFile({ sheets: [{ name: TRACKER, rows: [[...ZH_HEADERS], ...trackerRows(8, 21).map((r) => [...r.slice(0, 5), '方案'])], tables: [] }] }, input);
  await runApply({ input, output: file, date: '2026-01-05' });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(TRACKER)!;
  ws.getCell(2, 4).value = 888_000;
  ws.getCell(4, 6).value = '丢单';
  [...trackerRows(1, 21, 8)[0].slice(0, 5), '方案'].forEach((v, c) => (ws.getCell(10, c + 1).value = v as ExcelJS.CellValue));
  writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  return { dir, file };
}

describe('pcss funnel on a file behind its tracker', () => {
  it('shows the funnel pcss apply would leave, lists what it would bring in, and writes nothing', async () => {
    const { dir, file } = await behindItsTracker();
    const before = readFileSync(file);
    const shown = await runFunnel(file);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(shown.pending!.map((l) => l.code)).toEqual(['REFRESH_ADDED', 'REFRESH_AMOUNT', 'REFRESH_STATUS']);
    expect(shown.pending![1].zh).toContain('888000');

    // The same workbook after pcss apply: nothing pending, the very same figures.
    const applied = join(dir, 'applied.xlsx');
    await runApply({ input: file, output: applied });
    const after = await runFunnel(applied);
    expect(after.pending).toBeNull();
    expect(shown.funnel).toEqual(after.funnel);
    expect(shown.periods).toEqual(after.periods);
    expect(shown.funnel.count).toBe(8);
  });

  it('says so on the terminal, in both languages, and exits 0', async () => {
    const { file } = await behindItsTracker();
    const r = pcss(['funnel', file]);
    expect(r.code).toBe(0);
    const notice = new MethodError('CLI_FUNNEL_PENDING');
    expect(r.stdout).toContain(notice.zh);
    expect(r.stdout).toContain(notice.en);
    expect(r.stdout).toContain(say('REFRESH_ADDED', { count: 1 }).zh);
  });

  it('says nothing of the kind on a file level with its tracker', async () => {
    const { dir, file } = await behindItsTracker();
    const applied = join(dir, 'applied.xlsx');
    await runApply({ input: file, output: applied });
    expect(pcss(['funnel', applied]).stdout).not.toContain(new MethodError('CLI_FUNNEL_PENDING').zh);
  });

  it('over several workbooks, names the one behind its tracker and counts its tracker\'s figures in the total', async () => {
    const { dir, file } = await behindItsTracker();
    const applied = join(dir, 'applied.xlsx');
    await runApply({ input: file, output: applied });
    const many = await funnelMany([{ path: dir, workbooks: [file, applied] }], {});
    const notices = many.warnings.filter((w) => w.warning.code === 'CLI_FUNNEL_PENDING').map((w) => w.path);
    expect(notices).toEqual([file]);
    expect(many.totals.parts.map((p) => p.count)).toEqual([8, 8]);
  });
});
