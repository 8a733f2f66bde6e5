/**
 * Our tabs print landscape, one page wide; the funnel tab, with its chart and tables, on one
 * page (issue 14). The fit-to-page settings count only with the sheet's fitToPage flag on
 * (ECMA-376 Part 1, 18.3.1.65 pageSetUpPr): both are written, and openpyxl, another producer's
 * reader, reads them so.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import JSZip from 'jszip';
import { tmpdir } from 'os';
import { join } from 'path';
import { runApply } from '../../xlsx/run';
import { CORPUS } from './corpus';

async function sheetXml(file: string, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const rid = new RegExp(`<sheet[^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook)![1];
  const target = new RegExp(`Id="${rid}"[^>]*Target="/?(?:xl/)?([^"]+)"`).exec(rels)![1];
  return zip.file(`xl/${target}`)!.async('string');
}

const PYTHON = ['/usr/bin/python3', 'python3'].find((p) => spawnSync(p, ['-c', 'import openpyxl'], { encoding: 'utf8' }).status === 0) ?? null;
if (!PYTHON) console.warn('NOTICE: openpyxl is missing (apt install python3-openpyxl): its reading of the print settings is skipped');

describe('how our tabs print', () => {
  let file = '';
  let tabs: Record<string, string> = {};
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pcss-print-'));
    const input = join(dir, 'in.xlsx');
    writeFileSync(input, CORPUS.find((w) => w.name === 'openpyxlLike')!.build());
    file = join(dir, 'out.xlsx');
    tabs = (await runApply({ input, output: file, date: '2027-01-04' })).funnel.tabs;
  });

  it('the funnel tab on one page, landscape, with the flag that turns fitting on', async () => {
    const xml = await sheetXml(file, tabs.funnel);
    expect(xml).toMatch(/<sheetPr><pageSetUpPr fitToPage="1"\/><\/sheetPr>/);
    expect(xml).toMatch(/<pageSetup orientation="landscape" fitToWidth="1" fitToHeight="1"\/>/);
    // CT_Worksheet's order: sheetPr first, pageSetup after pageMargins.
    expect(xml.indexOf('<sheetPr>')).toBeLessThan(xml.indexOf('<dimension'));
    expect(xml.indexOf('<pageMargins')).toBeLessThan(xml.indexOf('<pageSetup'));
  });

  it('the milestone tab one page wide, as many tall as it needs', async () => {
    const xml = await sheetXml(file, tabs.milestones);
    expect(xml).toMatch(/<pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"\/>/);
  });

  (PYTHON ? it : it.skip)('openpyxl reads the same settings', () => {
    const script = `import openpyxl, json, sys\nwb = openpyxl.load_workbook(sys.argv[1])\nws = wb[sys.argv[2]]\nprint(json.dumps([ws.sheet_properties.pageSetUpPr.fitToPage, ws.page_setup.orientation, ws.page_setup.fitToWidth, ws.page_setup.fitToHeight]))`;
    const r = spawnSync(PYTHON!, ['-c', script, file, tabs.funnel], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout.trim())).toEqual([true, 'landscape', 1, 1]);
  });
});
