import { execFileSync, spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'fs';
import { tmpdir } from 'os';
import { basename, join } from 'path';

/** soffice on PATH, or null: the LibreOffice tests then skip with a notice. */
export function findSoffice(): string | null {
  const r = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' });
  const path = r.stdout.trim();
  return r.status === 0 && path ? path : null;
}

function convert(soffice: string, files: string[], filter: string, outdir: string): void {
  // A private profile: parallel runs and a user's own LibreOffice do not lock each other out.
  const profile = mkdtempSync(join(tmpdir(), 'pcss-lo-profile-'));
  execFileSync(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', filter, '--outdir', outdir, ...files], { stdio: 'pipe', timeout: 170_000 });
}

/**
 * Every sheet of each workbook as LibreOffice computes it, via CSV export of all sheets
 * (the trailing -1 of the filter options): file → sheet name → rows of cell texts.
 */
export function computeWithLibreOffice(soffice: string, files: string[]): Map<string, Map<string, string[][]>> {
  const outdir = mkdtempSync(join(tmpdir(), 'pcss-lo-'));
  // 44 comma, 34 quote, 76 UTF-8, line 1, …, -1 every sheet to its own file "<name>-<sheet>.csv".
  convert(soffice, files, 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', outdir);
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
