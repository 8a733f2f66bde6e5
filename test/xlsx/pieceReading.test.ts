import { deflateRawSync } from 'zlib';
import { elements } from '../../xlsx/package/xml';
import { byteElements, decodeElement } from '../../xlsx/package/xmlBytes';
import { inflateEntry, inflatePieces, type ZipEntry } from '../../xlsx/package/zipRead';
import { readSheetRows } from '../../xlsx/read/sheetRows';
import { textPieces } from '../../xlsx/read/textSource';
import { ByteWriter } from '../../xlsx/write/byteWriter';
import { editSheet, type SheetEdit } from '../../xlsx/write/editSheet';
import { crc32 } from '../../xlsx/zipWriter';

const ctx = { path: 'book.xlsx', sheet: 'S', shared: ['甲', 'beta'], dateStyles: new Set([1]), date1904: false };

/** The text cut every `n` characters, wherever that falls: inside tags, values, end tags. */
function* cutEvery(text: string, n: number): Generator<string> {
  for (let at = 0; at < text.length; at += n) yield text.slice(at, at + n);
}

const ROWS = [
  '<row r="1" spans="1:4"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>2.5</v></c><c r="C1" s="1"><v>46388</v></c><c r="D1" t="inlineStr"><is><t>机会名称-华东</t></is></c></row>',
  '<row r="2"><c r="A2" t="str"><f>A1&amp;"!"</f><v>甲!</v></c><c r="B2" t="b"><v>1</v></c><c r="C2"/></row>',
  '<row r="4" hidden="1"/>',
  "<row r='5'><c r='B5' t='s'><v>1</v></c><c><v>9</v></c></row>",
  '<row r="7"><c r="A7" t="inlineStr"><is><r><t>客户</t></r><rPh><t>x</t></rPh></is></c></row>',
];
const SHEET = `<?xml version="1.0"?>\n<worksheet xmlns="m"><sheetPr codeName="a&gt;b"/><sheetData>${ROWS.join('\n')}</sheetData><pageMargins left="0.7"/></worksheet>`;
const PREFIXED = '<x:worksheet xmlns:x="m"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1"><x:v>2</x:v></x:c></x:row><x:row r="3"><x:c r="C3" t="inlineStr"><x:is><x:t>表</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>';

describe('reading a sheet a piece at a time', () => {
  it.each([1, 2, 3, 7, 64])('reads the same cells from pieces of %i characters as from the whole text', (n) => {
    for (const xml of [SHEET, PREFIXED]) expect(readSheetRows(cutEvery(xml, n), ctx)).toEqual(readSheetRows(xml, ctx));
  });

  it('reads the same cells from the bytes, a byte order mark first, decoded in pieces that cut characters in two', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SHEET, 'utf8')]);
    for (const piece of [1, 2, 5, 100]) expect(readSheetRows(textPieces([bytes], piece), ctx)).toEqual(readSheetRows(SHEET, ctx));
  });

  it('still refuses rows, columns and texts past Excel’s limits, and a cell or sheetData not closed', () => {
    const sheet = (rows: string) => `<worksheet><sheetData>${rows}</sheetData></worksheet>`;
    const read = (xml: string) => () => readSheetRows(cutEvery(xml, 5), ctx);
    expect(read(sheet('<row r="1048577"><c><v>1</v></c></row>'))).toThrow(/row 1048577/);
    expect(read(sheet('<row r="1"><c r="XFE1"><v>1</v></c></row>'))).toThrow(/XFE1/);
    expect(read(sheet(`<row r="1"><c r="A1" t="inlineStr"><is><t>${'x'.repeat(32_768)}</t></is></c></row>`))).toThrow(/32768 characters/);
    expect(read(sheet('<row r="1"><c r="A1"><v>1</v>'))).toThrow('is not closed');
    expect(read('<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row>')).toThrow('<sheetData> is not closed');
  });

  it('finds no rows in a sheet without sheetData or with an empty one', () => {
    expect(readSheetRows(cutEvery('<worksheet><dimension ref="A1"/></worksheet>', 3), ctx)).toEqual([]);
    expect(readSheetRows(cutEvery('<worksheet><sheetData/></worksheet>', 3), ctx)).toEqual([]);
  });
});

describe('finding rows in a part’s bytes', () => {
  it('finds the rows the text reader finds, at the same places once decoded', () => {
    for (const xml of [SHEET, PREFIXED, '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>arrow row</t></is></c></row><rowBreaks/><row r="2"/></sheetData></worksheet>']) {
      const bytes = Buffer.from(xml, 'utf8');
      const fromBytes = [...byteElements(bytes, 'row', 0, bytes.length)].map((e) => decodeElement(bytes, e));
      const fromText = [...elements(xml, 'row')];
      expect(fromBytes.map((r) => r.xml)).toEqual(fromText.map((e) => xml.slice(e.start, e.end)));
      expect(fromBytes.map((r) => [r.el.tag, r.xml.slice(r.el.innerStart, r.el.innerEnd), r.el.prefix])).toEqual(fromText.map((e) => [e.tag, xml.slice(e.innerStart, e.innerEnd), e.prefix]));
    }
  });
});

describe('inflating a part', () => {
  it('gives its bytes in one buffer of the declared size, and refuses one that inflates further', () => {
    const data = Buffer.from(SHEET.repeat(2000), 'utf8');
    const entry = { name: 'xl/worksheets/sheet1.xml', method: 8, crc: crc32(data), size: data.length, compressed: deflateRawSync(data) };
    const out = inflateEntry(entry);
    expect(out.equals(data)).toBe(true);
    expect(out.buffer.byteLength).toBe(data.length);
    expect(() => inflateEntry({ ...entry, size: data.length - 1 })).toThrow('inflates past its declared size');
  });
});

describe('inflating a part a piece at a time', () => {
  const data = Buffer.from(SHEET.repeat(5000), 'utf8');
  const entry: ZipEntry = { name: 'xl/worksheets/sheet1.xml', method: 8, crc: crc32(data), size: data.length, compressed: deflateRawSync(data) };
  // Streamed whatever its size (whole: 0), as a part of more than a few megabytes is.
  const collect = async (e: ZipEntry, piece?: number, whole = 0) => {
    const out: Buffer[] = [];
    for await (const b of inflatePieces(e, piece, whole)) out.push(b);
    return out;
  };

  it('gives the bytes in pieces of about the size asked, or in one when the part is small or stored', async () => {
    const pieces = await collect(entry, 64 << 10);
    expect(Buffer.concat(pieces).equals(data)).toBe(true);
    expect(pieces.length).toBeGreaterThan(10);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(64 << 10);
    for (const e of [entry, { ...entry, method: 0, compressed: data }]) {
      const whole = await collect(e, 64 << 10, data.length);
      expect(whole.length).toBe(1);
      expect(whole[0].equals(data)).toBe(true);
    }
    await expect(collect({ ...entry, method: 0, compressed: data, crc: (entry.crc + 1) >>> 0 }, 1000, data.length)).rejects.toThrow('checksum mismatch');
  });

  it('refuses a part that inflates past its declared size, differs from its checksum or is damaged, as inflateEntry does', async () => {
    await expect(collect({ ...entry, size: 1000 })).rejects.toThrow('inflates past its declared size');
    await expect(collect({ ...entry, crc: (entry.crc + 1) >>> 0 })).rejects.toThrow('checksum mismatch');
    await expect(collect({ ...entry, size: data.length + 1 })).rejects.toThrow('were declared');
    await expect(collect({ ...entry, compressed: entry.compressed.subarray(0, 1000) })).rejects.toThrow('xl/worksheets/sheet1.xml:');
  });
});

describe('editing one of our tabs from its bytes', () => {
  const edit = (rows: number[]): SheetEdit => ({
    blocks: rows.map((row) => ({ sheet: 'S', row, col: 5, values: [['新']] })),
    fills: [],
    styles: { at: () => 0 },
    hiddenRows: new Set(),
    validations: [],
    conditionalFormats: [],
    tableParts: [],
  });
  const run = async (part: Buffer, rows: number[]) => {
    const out = new ByteWriter();
    await editSheet(part, edit(rows), { path: 'book.xlsx', sheet: 'S', date1904: false }, out);
    return out.result();
  };

  it('copies the rows it does not change byte for byte, a byte order mark left out', async () => {
    const part = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SHEET, 'utf8')]);
    const out = (await run(part, [1])).toString('utf8');
    expect(out.startsWith('<?xml')).toBe(true);
    for (const row of [ROWS[0], ...ROWS.slice(2)]) expect(out).toContain(row);
    expect(out).toContain('<row r="2"><c r="A2" t="str"><f>A1&amp;"!"</f><v>甲!</v></c><c r="B2" t="b"><v>1</v></c><c r="C2"/><c r="F2" t="inlineStr"><is><t>新</t></is></c></row>');
    expect(out).toContain('</sheetData><pageMargins left="0.7"/></worksheet>');
  });

  it('writes a new row between the rows it keeps, and after the last', async () => {
    const out = (await run(Buffer.from(SHEET, 'utf8'), [2, 9])).toString('utf8');
    expect(out.indexOf('<row r="3">')).toBeGreaterThan(out.indexOf(ROWS[1]));
    expect(out.indexOf('<row r="3">')).toBeLessThan(out.indexOf(ROWS[2]));
    expect(out).toMatch(/<row r="10">.*<\/row><\/sheetData>/);
  });
});
