/**
 * Issue 10: the weekly loop survives LibreOffice. Our result, re-saved by LibreOffice (which
 * renames parts, moves inline strings into the shared table, renumbers styles, turns constant
 * booleans into =TRUE() formulas and rewrites our chart), is recognised and updated by the next
 * run: it succeeds, no tab or chart of ours is duplicated, the ticks on the milestone tab are
 * kept, the history gains one row, and the user's tracker part is left as LibreOffice wrote it.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { MS } from '../../core/layout';
import { runApply } from '../../xlsx/run';
import { contentTypes, readPackage, typeOf, type Pkg } from './corpus/package';
import { packageProblems } from './corpus/packageProblems';
import { colLetters, markerSheets, readWorkbook, sheetsOf, type CellValue } from './corpus/readCells';
import { findSoffice } from './libreoffice';

const soffice = findSoffice();
const maybe = soffice ? describe : describe.skip;
if (!soffice) console.warn('LibreOffice (soffice) not found: the re-save round trip through LibreOffice is skipped. Install libreoffice-calc to run it.');

const SAMPLE = join(__dirname, '../../samples/team-pipeline.xlsx');
const TRACKER = '销售机会跟踪';
const CHECKLIST = 22;

function resave(file: string): string {
  const outdir = mkdtempSync(join(tmpdir(), 'pcss-lo-resaved-'));
  const profile = mkdtempSync(join(tmpdir(), 'pcss-lo-profile-'));
  execFileSync(soffice!, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', outdir, file], { stdio: 'pipe', timeout: 170_000 });
  return join(outdir, file.split('/').pop()!);
}

function isTicked(v: CellValue): boolean {
  return v === true || v === 1 || (typeof v === 'string' && /^(true|1|x|✓|√|是|yes)$/i.test(v.trim()));
}

/** Sheet name of our tab of a kind, by its marker. */
function ourTab(pkg: Pkg, kind: string): string {
  const found = markerSheets(pkg).filter((m) => m.marker.split(':')[1] === kind);
  expect(found).toHaveLength(1);
  return found[0].sheet;
}

/** The ticked checklist boxes of the milestone tab, as "opportunity|customer|K07". */
function ticks(pkg: Pkg): string[] {
  const cells = readWorkbook(pkg).get(ourTab(pkg, 'milestones'))!;
  const out: string[] = [];
  for (let row = 3; cells.get(`A${row}`) !== undefined && cells.get(`A${row}`) !== null; row++) {
    for (let k = 0; k < CHECKLIST; k++) {
      if (isTicked(cells.get(`${colLetters(MS.checklist + k)}${row}`) ?? null)) out.push(`${cells.get(`A${row}`)}|${cells.get(`B${row}`)}|K${String(k + 1).padStart(2, '0')}`);
    }
  }
  return out.sort();
}

function historyRows(pkg: Pkg): number {
  const cells = readWorkbook(pkg).get(ourTab(pkg, 'history'))!;
  let n = 0;
  while (cells.get(`A${n + 3}`) !== undefined && cells.get(`A${n + 3}`) !== null) n++;
  return n;
}

function charts(pkg: Pkg): string[] {
  const ct = contentTypes(pkg);
  return [...pkg.keys()].filter((p) => typeOf(ct, p) === 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml');
}

maybe('our result re-saved by LibreOffice, then run again', () => {
  let sample: Pkg;
  let first: Pkg;
  let resaved: Pkg;
  let second: Pkg;
  let secondBytes: Buffer;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pcss-resave-'));
    const out1 = join(dir, 'team.xlsx');
    await runApply({ input: SAMPLE, output: out1, date: '2027-01-04' });
    const lo = resave(out1);
    const out2 = join(dir, 'team-week2.xlsx');
    await runApply({ input: lo, output: out2, date: '2027-01-11' });
    sample = readPackage(readFileSync(SAMPLE));
    first = readPackage(readFileSync(out1));
    resaved = readPackage(readFileSync(lo));
    secondBytes = readFileSync(out2);
    second = readPackage(secondBytes);
  }, 240_000);

  it('LibreOffice did rewrite our parts (else this test proves nothing)', () => {
    expect(charts(first)).toHaveLength(1);
    expect(charts(resaved)).toHaveLength(1);
    expect(resaved.get(charts(resaved)[0])!.equals(first.get(charts(first)[0])!)).toBe(false);
    const milestones = (p: Pkg) => p.get(sheetsOf(p).find((s) => s.name === ourTab(p, 'milestones'))!.part)!;
    expect(milestones(resaved).equals(milestones(first))).toBe(false);
    expect(markerSheets(resaved)).toEqual(markerSheets(first));
  });

  it('recognises every tab of ours: none added twice, none renamed', () => {
    expect(markerSheets(second)).toEqual(markerSheets(first));
    expect(markerSheets(second).filter((m) => m.marker.startsWith('#pcss:milestones:'))).toHaveLength(1);
    expect(sheetsOf(second).map((s) => s.name)).toEqual(sheetsOf(first).map((s) => s.name));
  });

  it('keeps every tick of the sample on the milestone tab', () => {
    const before = ticks(sample);
    expect(before.length).toBeGreaterThan(10);
    expect(ticks(first)).toEqual(before);
    expect(ticks(resaved)).toEqual(before);
    expect(ticks(second)).toEqual(before);
  });

  it('has one chart of ours, and one more history row', () => {
    expect(charts(second)).toHaveLength(1);
    expect(historyRows(second)).toBe(historyRows(first) + 1);
  });

  it('leaves the tracker part as LibreOffice wrote it, and writes a valid package', () => {
    const part = sheetsOf(resaved).find((s) => s.name === TRACKER)!.part;
    expect(sheetsOf(second).find((s) => s.name === TRACKER)!.part).toBe(part);
    expect(second.get(part)!.equals(resaved.get(part)!)).toBe(true);
    expect(packageProblems(secondBytes)).toEqual([]);
  });
});
