/**
 * The corpus itself is sound, whatever the host does with it: every builder writes a valid
 * package (well-formed parts, content types, relationship targets), holding a tracker a host
 * can find, and LibreOffice opens each one and shows that tracker.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { findSoffice, parseCsv } from '../libreoffice';
import { CORPUS } from '.';
import { readPackage } from './package';
import { contentTypeMismatches, packageProblems } from './packageProblems';
import { readZip } from './zipEntries';
import { HEADERS_EN, HEADERS_ZH, zipParts } from './parts';
import { cellStyles, dateStyles, readCells, sheetsOf } from './readCells';

const soffice = findSoffice();
if (!soffice) console.warn('LibreOffice (soffice) not found: the check that LibreOffice opens every corpus workbook is skipped. Install libreoffice-calc to run it.');

function tracker(buf: Buffer) {
  const pkg = readPackage(buf);
  for (const sheet of sheetsOf(pkg)) {
    const cells = readCells(pkg, sheet.part);
    const header = ['A', 'B', 'C', 'D', 'E', 'F'].map((c) => cells.get(`${c}1`));
    if (JSON.stringify(header) === JSON.stringify(HEADERS_ZH) || JSON.stringify(header) === JSON.stringify(HEADERS_EN)) {
      let rows = 0;
      while (cells.get(`A${rows + 2}`) !== undefined) rows++;
      return { pkg, sheet, cells, header: header as string[], rows };
    }
  }
  return null;
}

describe.each(CORPUS.map((c) => [c.name, c] as const))('corpus workbook %s', (_, workbook) => {
  it('is a valid package: well-formed parts, a content type for each, every relationship target present', () => {
    expect(packageProblems(workbook.build(), { vml: true })).toEqual([]);
    expect(contentTypeMismatches(readPackage(workbook.build()))).toEqual([]);
  });

  it('builds the same bytes every time', () => {
    expect(workbook.build().equals(workbook.build())).toBe(true);
  });

  it('holds a tracker: the six headers on row 1, 5–30 rows, amounts as numbers, close dates as serials with a date style', () => {
    const t = tracker(workbook.build());
    expect(t).not.toBeNull();
    const { pkg, sheet, cells, rows } = t!;
    expect(rows).toBeGreaterThanOrEqual(5);
    expect(rows).toBeLessThanOrEqual(30);
    const styles = cellStyles(pkg, sheet.part);
    const dates = dateStyles(pkg);
    for (let r = 2; r <= rows + 1; r++) {
      expect(typeof cells.get(`D${r}`)).toBe('number');
      expect(typeof cells.get(`E${r}`)).toBe('number');
      expect(dates.has(styles.get(`E${r}`)!)).toBe(true);
    }
  });

  it('is a .xlsm exactly when it holds a VBA project', () => {
    expect(readPackage(workbook.build()).has('xl/vbaProject.bin')).toBe(workbook.ext === 'xlsm');
  });
});

describe('the package checker', () => {
  it('finds a missing target, a part with no content type, a broken XML part, a duplicate entry', () => {
    const entries = readZip(CORPUS[0].build()).map((e) => [e.name, e.data] as [string, Buffer]);
    const without = entries.filter(([n]) => n !== 'xl/charts/chart1.xml');
    expect(packageProblems(zipParts(without))).toEqual([expect.stringMatching(/drawing1\.xml\.rels: rId1 → \.\.\/charts\/chart1\.xml/)]);
    expect(packageProblems(zipParts([...entries, ['xl/extra.dat', Buffer.from('x')]]))).toEqual(['xl/extra.dat: no content type']);
    const broken = entries.map(([n, d]): [string, Buffer] => [n, n === 'xl/styles.xml' ? d.subarray(0, d.length - 3) : d]);
    expect(packageProblems(zipParts(broken))).toEqual([expect.stringMatching(/^xl\/styles\.xml: not well-formed/)]);
    expect(packageProblems(zipParts([...entries, entries[2]]))).toEqual([`${entries[2][0]}: twice in the zip`]);
  });
});

(soffice ? describe : describe.skip)('LibreOffice opens every corpus workbook', () => {
  it('and shows its tracker, headers and every row', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pcss-corpus-lo-'));
    const out = mkdtempSync(join(tmpdir(), 'pcss-corpus-csv-'));
    const profile = mkdtempSync(join(tmpdir(), 'pcss-lo-profile-'));
    const files = CORPUS.map((c) => {
      const f = join(dir, `${c.name}.${c.ext}`);
      writeFileSync(f, c.build());
      return f;
    });
    const r = spawnSync(soffice!, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', out, ...files], { encoding: 'utf8', timeout: 170_000 });
    expect(r.status).toBe(0);
    const csvs = readdirSync(out);
    for (const c of CORPUS) {
      const t = tracker(c.build())!;
      const csv = csvs.find((f) => f === `${c.name}-${t.sheet.name}.csv`);
      expect(csv).toBeDefined();
      const rows = parseCsv(readFileSync(join(out, csv!), 'utf8'));
      expect(rows[0].slice(0, 6)).toEqual(t.header);
      expect(rows.slice(1).filter((row) => row[0] !== '')).toHaveLength(t.rows);
      // The opportunity names, in order, as the builder wrote them.
      expect(rows.slice(1, t.rows + 1).map((row) => row[0])).toEqual(Array.from({ length: t.rows }, (_, i) => t.cells.get(`A${i + 2}`)));
    }
  }, 180_000);
});
