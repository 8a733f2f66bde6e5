/**
 * Issue 14's readable tabs in the .xlsx `pcss apply` writes: the checklist headers wrap in a row
 * of core's height, each carries its question as a note (a comments part and its VML drawing, both
 * new parts of ours beside a workbook's own notes), the intensity scores and the share of asks get
 * colour scales, and our bold header font always names a font.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import JSZip from 'jszip';
import { tmpdir } from 'os';
import { join } from 'path';
import { ACT, HEADER_ROW, IN, MS, cellRef, columnLetter } from '../../core/layout';
import { SCALE_COLORS } from '../../core/layout/colorScales';
import { CHECKLIST } from '../../core/methodology/checklist';
import { FACTORS, FACTOR_MAX } from '../../core/methodology/factors';
import { FALLBACK_FONT } from '../../xlsx/write/styleBook';
import { runApply } from '../../xlsx/run';
import { CORPUS } from './corpus';

async function applied(styles?: (xml: string) => string): Promise<{ zip: JSZip; tabs: Record<string, string>; original: JSZip }> {
  const dir = mkdtempSync(join(tmpdir(), 'pcss-readable-'));
  const input = join(dir, 'in.xlsx');
  const original = await JSZip.loadAsync(CORPUS.find((w) => w.name === 'excelLike')!.build());
  if (styles) original.file('xl/styles.xml', styles(await original.file('xl/styles.xml')!.async('string')));
  writeFileSync(input, await original.generateAsync({ type: 'nodebuffer' }));
  const output = join(dir, 'out.xlsx');
  const tabs = (await runApply({ input, output, date: '2027-01-04' })).funnel.tabs;
  return { zip: await JSZip.loadAsync(readFileSync(output)), tabs, original };
}

/** The styles part's fonts (not its differential formats'), each element's inner markup. */
function fontsOf(styles: string): string[] {
  const list = /<fonts[^>]*>(.*?)<\/fonts>/s.exec(styles)![1];
  return [...list.matchAll(/<font>(.*?)<\/font>/g)].map((m) => m[1]);
}

async function sheetPart(zip: JSZip, name: string): Promise<string> {
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const rid = new RegExp(`<sheet[^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook)![1];
  return `xl/${new RegExp(`Id="${rid}"[^>]*Target="/?(?:xl/)?([^"]+)"`).exec(rels)![1]}`;
}

describe('readable tabs in the .xlsx', () => {
  let zip: JSZip;
  let original: JSZip;
  let tabs: Record<string, string>;
  beforeAll(async () => ({ zip, tabs, original } = await applied()));
  const text = (part: string) => zip.file(part)!.async('string');

  it('wraps the checklist headers from the top, in a header row of core’s height', async () => {
    const xml = await text(await sheetPart(zip, tabs.milestones));
    const row = /<row r="2"[^>]*>/.exec(xml)![0];
    expect(row).toMatch(/ ht="89" customHeight="1"/);
    const styles = await text('xl/styles.xml');
    const xfs = [...styles.slice(styles.indexOf('<cellXfs')).matchAll(/<xf [^>]*?(\/>|>.*?<\/xf>)/g)].map((m) => m[0]);
    const styleOf = (col: number) => xfs[Number(new RegExp(`<c r="${cellRef(HEADER_ROW, col)}" s="(\\d+)"`).exec(xml)![1])];
    for (let i = 0; i < CHECKLIST.length; i++) expect(styleOf(MS.checklist + i)).toMatch(/<alignment vertical="top" wrapText="1"\/>/);
    expect(styleOf(MS.opportunity)).not.toMatch(/wrapText/);
  });

  it('notes each checklist header with its question, in parts of its own beside the user’s notes', async () => {
    const part = await sheetPart(zip, tabs.milestones);
    const rels = await text(part.replace('worksheets/', 'worksheets/_rels/') + '.rels');
    const comments = /Type="[^"]*\/comments" Target="\.\.\/([^"]+)"/.exec(rels)![1];
    const vml = /Type="[^"]*\/vmlDrawing" Target="\.\.\/([^"]+)"/.exec(rels)![1];
    const notes = await text(`xl/${comments}`);
    expect(notes).toContain(`<comment ref="${columnLetter(MS.checklist)}2" authorId="0"><text><t xml:space="preserve">K01 ${CHECKLIST[0].zh}\n里程碑: M1 合格潜在客户\n购买阶段: B1 觉察问题</t></text></comment>`);
    expect(notes.match(/<comment /g)).toHaveLength(CHECKLIST.length);
    expect(await text(part)).toMatch(/<legacyDrawing r:id="rIdPcss\d+"\/>/);
    // The user's notes stay as they were, and our shapes take the next id block after theirs.
    expect(await text('xl/comments1.xml')).toBe(await original.file('xl/comments1.xml')!.async('string'));
    expect(`xl/${comments}`).not.toBe('xl/comments1.xml');
    expect(await text(`xl/${vml}`)).toMatch(/<o:idmap v:ext="edit" data="2"\/>.*_x0000_s2049/s);
    const types = await text('[Content_Types].xml');
    expect(types).toContain(`<Override PartName="/xl/${comments}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>`);
  });

  it('colours the five scores on 0 … the factor maximum and the share of asks against the team', async () => {
    const intensity = await text(await sheetPart(zip, tabs.intensity));
    const scores = `${columnLetter(IN.firstScore)}3:${columnLetter(IN.firstScore + FACTORS.length - 1)}`;
    expect(intensity).toMatch(
      new RegExp(
        `<conditionalFormatting sqref="${scores}\\d+"><cfRule type="colorScale" priority="\\d+"><colorScale><cfvo type="num" val="0"/><cfvo type="num" val="${FACTOR_MAX / 2}"/><cfvo type="num" val="${FACTOR_MAX}"/>` +
          `<color rgb="FF${SCALE_COLORS.weak}"/><color rgb="FF${SCALE_COLORS.middle}"/><color rgb="FF${SCALE_COLORS.strong}"/></colorScale></cfRule></conditionalFormatting>`,
      ),
    );
    const activity = await text(await sheetPart(zip, tabs.activity));
    const asks = columnLetter(ACT.askShare);
    expect(activity).toMatch(new RegExp(`<conditionalFormatting sqref="${asks}3:${asks}\\d+"><cfRule type="colorScale" priority="\\d+"><colorScale><cfvo type="min"/><cfvo type="percentile" val="50"/><cfvo type="max"/>`));
  });

  it('names our bold font after the workbook’s default font', async () => {
    const fonts = fontsOf(await text('xl/styles.xml'));
    expect(fonts[fonts.length - 1]).toMatch(/^<b\/>.*<name val="等线"\/>/);
  });

  it('names a font for our bold headers where the default font names none (LibreOffice would draw a serif)', async () => {
    const nameless = await applied((xml) => xml.replace(/(<fonts[^>]*>)<font>(.*?)<name val="[^"]*"\/>/, '$1<font>$2'));
    const fonts = fontsOf(await nameless.zip.file('xl/styles.xml')!.async('string'));
    expect(fonts[0]).not.toMatch(/<name /);
    expect(fonts[fonts.length - 1]).toMatch(new RegExp(`^<b/>.*<name val="${FALLBACK_FONT}"/>$`));
  });
});
