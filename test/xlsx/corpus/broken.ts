/**
 * Small files past Excel's limits or damaged (issue 10's "every limit, each with a file of a
 * few KB"): a plain Excel-shaped tracker workbook with one thing wrong. The zip bomb is built
 * by streaming deflate, so building it never holds the inflated part in memory.
 */
import { crc32, createDeflateRaw } from 'zlib';
import { writeZip, type ZipInput } from '../../../xlsx/zipWriter';
import { EXCEL_STYLES, PAGE_MARGINS, SHEET_VIEW_COLS, WORKSHEET_OPEN, excelApp, excelCore, excelPackageRels, excelTypes, sharedStringsXml } from './excelBasics';
import { readZip } from './zipEntries';
import { CT, DECL, HEADERS_ZH, NS, REL, SharedStrings, esc, ref, relsXml, serial, trackerRows, zipParts } from './parts';

const SHEET = '销售机会';
const N = 6;

export interface TrackerOptions {
  /** Rows appended after the tracker's (their XML, given the shared-string table). */
  extraRows?: (sst: SharedStrings) => string;
  /** Cells appended to the header row. */
  headerExtra?: (sst: SharedStrings) => string;
  /** The opportunity of the first data row (to plant a long text), written as a shared string. */
  firstOpportunity?: string;
  /** The same, as an inline string. */
  firstOpportunityInline?: string;
  /** A rep's name for the second data row. */
  secondRep?: string;
  /** Sheets declared in the workbook (and its relationships and content types) but not in the zip. */
  missingSheets?: number;
}

/** A valid Excel-shaped tracker workbook (six rows), with the options' one thing changed. */
export function trackerWorkbook(o: TrackerOptions = {}): Buffer {
  const sst = new SharedStrings();
  const header = HEADERS_ZH.map((h, c) => `<c r="${ref(0, c)}" s="1" t="s"><v>${sst.add(h)}</v></c>`).join('') + (o.headerExtra?.(sst) ?? '');
  const rows = trackerRows('zh', N).map((row, i) => {
    const r = i + 1;
    const opp =
      i === 0 && o.firstOpportunityInline !== undefined
        ? `<c r="${ref(r, 0)}" t="inlineStr"><is><t>${esc(o.firstOpportunityInline)}</t></is></c>`
        : `<c r="${ref(r, 0)}" t="s"><v>${sst.add(i === 0 && o.firstOpportunity !== undefined ? o.firstOpportunity : row.opportunity)}</v></c>`;
    const rep = i === 1 && o.secondRep !== undefined ? o.secondRep : row.rep;
    return (
      `<row r="${r + 1}">${opp}<c r="${ref(r, 1)}" t="s"><v>${sst.add(row.customer)}</v></c><c r="${ref(r, 2)}" t="s"><v>${sst.add(rep)}</v></c>` +
      `<c r="${ref(r, 3)}" s="3"><v>${row.amount}</v></c><c r="${ref(r, 4)}" s="2"><v>${serial(row.close)}</v></c><c r="${ref(r, 5)}" t="s"><v>${sst.add(row.stage)}</v></c></row>`
    );
  });
  const extra = o.extraRows?.(sst) ?? '';
  const sheet = `${DECL}${WORKSHEET_OPEN}><dimension ref="A1:F${N + 1}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>${SHEET_VIEW_COLS}<sheetData><row r="1">${header}</row>${rows.join('')}${extra}</sheetData>${PAGE_MARGINS}</worksheet>`;
  const missing = Array.from({ length: o.missingSheets ?? 0 }, (_, i) => i + 2);
  const workbook =
    `${DECL}<workbook xmlns="${NS.main}" xmlns:r="${NS.r}"><workbookPr defaultThemeVersion="166925"/><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews>` +
    `<sheets><sheet name="${SHEET}" sheetId="1" r:id="rId1"/>${missing.map((n) => `<sheet name="汇总${n}" sheetId="${n}" r:id="rId${n + 10}"/>`).join('')}</sheets><calcPr calcId="191029"/></workbook>`;
  return zipParts([
    ['[Content_Types].xml', excelTypes([['rels', CT.rels], ['xml', CT.xml]], { sheets: [1, ...missing], theme: false })],
    ['_rels/.rels', excelPackageRels()],
    ['xl/workbook.xml', workbook],
    ['xl/_rels/workbook.xml.rels', relsXml([
      { id: 'rId1', type: REL.worksheet, target: 'worksheets/sheet1.xml' },
      ...missing.map((n) => ({ id: `rId${n + 10}`, type: REL.worksheet, target: `worksheets/sheet${n}.xml` })),
      { id: 'rId2', type: REL.styles, target: 'styles.xml' },
      { id: 'rId3', type: REL.sharedStrings, target: 'sharedStrings.xml' },
    ])],
    ['xl/worksheets/sheet1.xml', sheet],
    ['xl/styles.xml', EXCEL_STYLES],
    ['xl/sharedStrings.xml', sharedStringsXml(sst)],
    ['docProps/core.xml', excelCore('张伟')],
    ['docProps/app.xml', excelApp([SHEET, ...missing.map((n) => `汇总${n}`)])],
  ]);
}

/** Deflates a sequence of chunks as one stream: never the whole in memory. */
async function deflateStream(parts: Iterable<Buffer>): Promise<{ compressed: Buffer; crc: number; size: number }> {
  const deflate = createDeflateRaw({ level: 9, memLevel: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (b: Buffer) => out.push(b));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  let crc = 0;
  let size = 0;
  for (const p of parts) {
    crc = crc32(p, crc);
    size += p.length;
    if (!deflate.write(p)) await new Promise((r) => deflate.once('drain', r));
  }
  deflate.end();
  await done;
  return { compressed: Buffer.concat(out), crc, size };
}

/**
 * A zip bomb: a valid workbook whose sheet part inflates to `mb` megabytes (whitespace between
 * the sheet's elements, which is well-formed XML), a few hundred KB on disk. With `hideSize`
 * the headers claim the part is 4 KB, so only a bounded inflate stops it.
 */
export async function zipBomb(mb = 300, hideSize = false): Promise<Buffer> {
  const entries: ZipInput[] = [];
  for (const e of readZip(trackerWorkbook())) {
    if (e.name !== 'xl/worksheets/sheet1.xml') {
      entries.push({ name: e.name, data: e.data });
      continue;
    }
    const xml = e.data.toString('utf8');
    const cut = xml.indexOf('</sheetData>');
    const spaces = Buffer.alloc(1 << 20, 0x20);
    const body = function* () {
      yield Buffer.from(xml.slice(0, cut));
      for (let i = 0; i < mb; i++) yield spaces;
      yield Buffer.from(xml.slice(cut));
    };
    const d = await deflateStream(body());
    // Already deflated, its size in the headers as given (a lie, with hideSize).
    entries.push({ name: e.name, raw: { method: 8, compressed: d.compressed, crc: d.crc, size: hideSize ? 4096 : d.size } });
  }
  return writeZip(entries);
}
