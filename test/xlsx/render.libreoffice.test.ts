/**
 * Issue 14, "readable tabs", as a person sees them: the result of `npm start` (its own command,
 * read from package.json, with the output in a temporary folder) printed to PDF by LibreOffice,
 * then read back with poppler's pdftotext, page by page and word by word with their boxes.
 * Skipped with a notice without soffice or pdftotext (CI installs both, and a CJK font: without
 * one, Chinese is drawn as narrow boxes and the wrapping is not the one people see).
 */
import { execFileSync, spawnSync } from 'child_process';
import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { CHECKLIST } from '../../core/methodology/checklist';
import { FUNNEL_LABELS } from '../../core/layout/funnelTab';
import JSZip from 'jszip';
import { findSoffice, toOds, toPdf } from './libreoffice';

const ROOT = join(__dirname, '../..');
const soffice = findSoffice();
const pdftotext = spawnSync('sh', ['-c', 'command -v pdftotext'], { encoding: 'utf8' }).stdout.trim() || null;
const maybe = soffice && pdftotext ? describe : describe.skip;
if (!soffice || !pdftotext) console.warn('LibreOffice (soffice) or poppler (pdftotext) not found: the rendering checks of `npm start` are skipped. Install libreoffice-calc and poppler-utils to run them.');

interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** `npm start`'s own command line, its --out moved to `out`. */
function runStart(out: string): void {
  const start = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
  const [node, ...args] = start.split(/\s+/);
  const at = args.indexOf('--out');
  if (node !== 'node' || at < 0) throw new Error(`npm start is no longer "node … --out FILE": ${start}`);
  args[at + 1] = out;
  execFileSync(process.execPath, args, { cwd: ROOT, stdio: 'pipe', timeout: 120_000 });
}

function pageCount(pdf: string): number {
  return (execFileSync(pdftotext!, [pdf, '-'], { encoding: 'utf8' }).match(/\f/g) ?? []).length;
}

function pageText(pdf: string, page: number): string {
  return execFileSync(pdftotext!, ['-f', String(page), '-l', String(page), '-layout', pdf, '-'], { encoding: 'utf8' });
}

/** Every word of a page with its box (points from the page's top left), as pdftotext -bbox reads them. */
function pageWords(pdf: string, page: number): Word[] {
  const html = execFileSync(pdftotext!, ['-f', String(page), '-l', String(page), '-bbox', pdf, '-'], { encoding: 'utf8' });
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
    text: unescape(m[5]),
  }));
}

const squeeze = (s: string) => s.replace(/\s+/g, '');

maybe('`npm start` printed by LibreOffice', () => {
  let pdf = '';
  let out = '';
  let pages: string[] = [];
  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'pcss-render-'));
    out = join(dir, 'team-pipeline-result.xlsx');
    runStart(out);
    pdf = toPdf(soffice!, out);
    pages = Array.from({ length: pageCount(pdf) }, (_, i) => pageText(pdf, i + 1));
  }, 240_000);

  it('prints the funnel tab and its chart on one page', () => {
    // Text only the funnel tab has: its title, the filter's label, the chart's title (drawn by the chart).
    const title = FUNNEL_LABELS.title.zh;
    const chartTitle = squeeze(FUNNEL_LABELS.chartTitle.zh);
    const funnelPages = pages.map((text, i) => ({ text, page: i + 1 })).filter((p) => p.text.includes(title) || squeeze(p.text).includes(chartTitle));
    expect(funnelPages.map((p) => p.page)).toHaveLength(1);
    const page = funnelPages[0];
    expect(squeeze(page.text)).toContain(chartTitle);
    // The chart's bars are labelled by milestone, top (M1) to bottom (M6): all of them on this page,
    // below the chart's title, so no part of the chart went to the next page.
    const words = pageWords(pdf, page.page);
    const chartTop = Math.min(...words.filter((w) => chartTitle.startsWith(squeeze(w.text)) && w.text.length > 1).map((w) => w.yMin));
    for (const id of ['M1', 'M2', 'M3', 'M4', 'M5', 'M6']) expect(words.some((w) => w.text === id && w.yMin > chartTop)).toBe(true);
    // The page after it belongs to another tab.
    const next = pages[page.page] ?? '';
    expect(next.includes(title) || squeeze(next).includes(chartTitle)).toBe(false);
  });

  it('shows no number as ### (a column too narrow for it) on any page', () => {
    pages.forEach((text, i) => expect({ page: i + 1, hashes: /#{3,}/.test(text) }).toEqual({ page: i + 1, hashes: false }));
  });

  it('shows every checklist header of the milestone tab whole, wrapped inside its column and its row', () => {
    // The milestone tab's page: each of K01 … K22 first appears above the first tick (the sample's
    // reps ticked their first items), in the header row; later ones are the next-step column's.
    const headsOn = (words: Word[]) => {
      const firstRow = Math.min(...words.filter((w) => w.text === 'TRUE' || w.text === 'FALSE').map((w) => w.yMin));
      const heads = CHECKLIST.map((item) => words.filter((w) => w.text === item.id).sort((a, b) => a.yMin - b.yMin)[0]);
      return { firstRow, heads: heads.every((h) => h && h.yMin < firstRow) ? heads : undefined };
    };
    const page = pages.findIndex((_, i) => headsOn(pageWords(pdf, i + 1)).heads);
    expect(page).toBeGreaterThanOrEqual(0);
    const words = pageWords(pdf, page + 1);
    const { firstRow, heads } = headsOn(words) as { firstRow: number; heads: Word[] };
    const top = Math.min(...heads.map((h) => h.yMin));
    const pitch = heads[1].xMin - heads[0].xMin;
    CHECKLIST.forEach((item, i) => {
      const left = heads[i].xMin;
      const right = i + 1 < heads.length ? heads[i + 1].xMin : left + pitch;
      const own = words.filter((w) => w.xMin >= left - 0.5 && w.xMin < right - 0.5 && w.yMin >= top - 0.5 && w.yMin < firstRow);
      // The whole question is drawn (as lines read top to bottom) …
      const drawn = own
        .sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin)
        .map((w) => w.text)
        .join('');
      expect(drawn).toBe(squeeze(`${item.id} ${item.zh}`));
      // … every line inside the column (none runs into the next header) and above the first data row.
      for (const w of own) {
        expect(w.xMax).toBeLessThanOrEqual(right);
        expect(w.yMax).toBeLessThan(firstRow);
      }
    });
  });

  it('shows each checklist question, with its milestone and stage, as the note LibreOffice reads on its header', async () => {
    const content = await (await JSZip.loadAsync(readFileSync(toOds(soffice!, out)))).file('content.xml')!.async('string');
    const notes = [...content.matchAll(/<office:annotation\b.*?<\/office:annotation>/gs)].map((m) => [...m[0].matchAll(/<text:p[^>]*>([^<]*)<\/text:p>/g)].map((p) => p[1]));
    for (const item of CHECKLIST) expect(notes.some((lines) => lines[0] === `${item.id} ${item.zh}` && lines[1].startsWith('里程碑: '))).toBe(true);
  }, 120_000);
});
