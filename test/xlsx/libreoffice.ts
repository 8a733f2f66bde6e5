import { execFileSync, spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { basename, join } from 'path';

/** soffice on PATH, or null: the LibreOffice tests then skip with a notice. */
export function findSoffice(): string | null {
  const r = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' });
  const path = r.stdout.trim();
  return r.status === 0 && path ? path : null;
}

/**
 * LibreOffice's "Recalculation on file load" set to Always for .xlsx (and .ods): a hard
 * recalculation of every formula, as a user's Data › Calculate › Recalculate Hard. Left at its
 * default, LibreOffice keeps the cached result of cells it does not think dirty.
 */
const RECALCULATE_ON_LOAD = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

function convert(soffice: string, files: string[], filter: string, outdir: string, recalculate = false): void {
  // A private profile: parallel runs and a user's own LibreOffice do not lock each other out.
  const profile = mkdtempSync(join(tmpdir(), 'pcss-lo-profile-'));
  if (recalculate) {
    mkdirSync(join(profile, 'user'), { recursive: true });
    writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALCULATE_ON_LOAD);
  }
  execFileSync(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', filter, '--outdir', outdir, ...files], { stdio: 'pipe', timeout: 170_000 });
}

/**
 * Every sheet of each workbook as LibreOffice computes it, via CSV export of all sheets
 * (the trailing -1 of the filter options): file → sheet name → rows of cell texts. With
 * `recalculate`, every formula is computed afresh, never taken from its cached result.
 */
export function computeWithLibreOffice(soffice: string, files: string[], options: { recalculate?: boolean } = {}): Map<string, Map<string, string[][]>> {
  const outdir = mkdtempSync(join(tmpdir(), 'pcss-lo-'));
  // 44 comma, 34 quote, 76 UTF-8, line 1, …, -1 every sheet to its own file "<name>-<sheet>.csv".
  convert(soffice, files, 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', outdir, options.recalculate);
  const out = new Map<string, Map<string, string[][]>>();
  for (const f of files) {
    const stem = basename(f).replace(/\.xlsx$/, '');
    const sheets = new Map<string, string[][]>();
    for (const csv of readdirSync(outdir)) {
      if (csv.startsWith(`${stem}-`) && csv.endsWith('.csv')) sheets.set(csv.slice(stem.length + 1, -4), parseCsv(readFileSync(join(outdir, csv), 'utf8')));
    }
    out.set(f, sheets);
  }
  return out;
}

export function toPdf(soffice: string, file: string): string {
  const outdir = mkdtempSync(join(tmpdir(), 'pcss-lo-pdf-'));
  convert(soffice, [file], 'pdf', outdir);
  return join(outdir, basename(file).replace(/\.xlsx$/, '.pdf'));
}

export function toOds(soffice: string, file: string): string {
  const outdir = mkdtempSync(join(tmpdir(), 'pcss-lo-ods-'));
  convert(soffice, [file], 'ods', outdir);
  return join(outdir, basename(file).replace(/\.xlsx$/, '.ods'));
}

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (ch !== '\r') cell += ch;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** A number as LibreOffice printed it: "56.25%", "1,200", "0.4536". */
export function csvNumber(text: string): number {
  const t = text.replace(/,/g, '').trim();
  return t.endsWith('%') ? Number(t.slice(0, -1)) / 100 : Number(t);
}

/** A cell LibreOffice computed (its CSV text) against core's value: numbers within 1e-6, text exactly; throws naming `what`. */
export function sameAsCore(lo: string | undefined, core: unknown, what: string): void {
  if (typeof core === 'number') {
    const n = csvNumber(lo ?? '');
    if (!(Math.abs(n - core) <= 1e-6 * Math.max(1, Math.abs(core)))) throw new Error(`${what}: LibreOffice ${JSON.stringify(lo)}, core ${core}`);
  } else if ((lo ?? '') !== String(core ?? '')) throw new Error(`${what}: LibreOffice ${JSON.stringify(lo)}, core ${JSON.stringify(core)}`);
}
