import { deflateRawSync } from 'zlib';
import { ElementScan } from '../../xlsx/package/elementBounds';
import { findElement } from '../../xlsx/package/xmlBytes';
import { inflatePieces, type ZipEntry } from '../../xlsx/package/zipRead';
import { readSheetRows } from '../../xlsx/read/sheetRows';
import { textPiecesAsync } from '../../xlsx/read/textSource';
import { ByteWriter } from '../../xlsx/write/byteWriter';
import { editSheet, editSheetPieces, type SheetEdit } from '../../xlsx/write/editSheet';
import { crc32 } from '../../xlsx/zipWriter';

/*
 * A large tab of ours is edited as its part is inflated (pcss apply at 50 000 rows): where its
 * rows lie is found as the part is read, then its rows are copied a piece at a time. Whatever
 * the pieces, the bytes written are those of the edit over the whole part.
 */

const ROWS = [
  '<row r="1" spans="1:4"><c r="A1" t="inlineStr"><is><t>机会名称</t></is></c><c r="B1"><v>2.5</v></c></row>',
  '<row r="2"><c r="A2" t="str"><f>A1&amp;"!"</f><v>甲!</v></c><c r="B2" t="b"><v>1</v></c><c r="C2"/></row>',
  '<row r="4" hidden="1"/>',
  "<row r='5'><c r='B5'><v>1</v></c><c><v>9</v></c></row>",
  '<row r="7"><c r="A7" t="inlineStr"><is><r><t>客户</t></r></is></c></row>',
];
const HEAD = '<?xml version="1.0"?>\n<worksheet xmlns="m"><sheetPr codeName="a&gt;b"/><dimension ref="A1:D7"/>';
const SHEET = `${HEAD}<sheetData>${ROWS.join('\n')}</sheetData><conditionalFormatting sqref="A1"><cfRule type="expression" priority="1"><formula>1</formula></cfRule></conditionalFormatting><pageMargins left="0.7"/></worksheet>`;
const PREFIXED = '<x:worksheet xmlns:x="m"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>表</x:t></x:is></x:c></x:row><x:row r="3"><x:c r="C3"><x:v>2</x:v></x:c></x:row></x:sheetData><x:pageMargins left="0.7"/></x:worksheet>';
const EMPTY = '<worksheet xmlns="m"><sheetData/><pageMargins left="0.7"/></worksheet>';
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const PARTS = [Buffer.concat([BOM, Buffer.from(SHEET, 'utf8')]), Buffer.from(PREFIXED, 'utf8'), Buffer.from(EMPTY, 'utf8')];

function* cutEvery(bytes: Buffer, n: number): Generator<Buffer> {
  for (let at = 0; at < bytes.length; at += n) yield bytes.subarray(at, at + n);
}

async function* later(pieces: Iterable<Buffer>): AsyncGenerator<Buffer> {
  for (const piece of pieces) yield piece;
}

function scan(part: Buffer, n: number) {
  const s = new ElementScan('sheetData');
  for (const piece of cutEvery(part, n)) s.push(piece);
  return s.end();
}

const edit = (rows: number[], hidden: number[] = []): SheetEdit => ({
  blocks: rows.map((row) => ({ sheet: 'S', row, col: 5, values: [['新']] })),
  fills: [],
  styles: { at: () => 0 },
  hiddenRows: new Set(hidden),
  validations: [],
  conditionalFormats: [],
  tableParts: [],
});
const where = { path: 'book.xlsx', sheet: 'S', date1904: false };

describe('finding sheetData as the part comes in pieces', () => {
  it.each([1, 2, 3, 7, 64, 1 << 20])('finds in pieces of %i bytes what findElement finds in the whole part, and keeps the bytes before and after it', (n) => {
    for (const part of PARTS) {
      const found = scan(part, n)!;
      const whole = findElement(part, 'sheetData', 0, part.length)!;
      expect(found.element).toEqual(whole);
      expect(found.size).toBe(part.length);
      expect(found.head.equals(part.subarray(0, whole.start))).toBe(true);
      expect(found.tail.equals(part.subarray(whole.end))).toBe(true);
    }
  });

  it('finds nothing in a part without sheetData or with one not closed', () => {
    expect(scan(Buffer.from('<worksheet><dimension ref="A1"/></worksheet>'), 5)).toBeUndefined();
    expect(scan(Buffer.from('<worksheet><sheetData><row r="1"/></worksheet>'), 5)).toBeUndefined();
  });
});

describe('editing a tab as its part is inflated', () => {
  const whole = async (part: Buffer, e: SheetEdit) => {
    const out = new ByteWriter();
    const withheld = await editSheet(part, e, where, out);
    return { bytes: out.result(), withheld };
  };
  const streamed = async (part: Buffer, e: SheetEdit, n: number) => {
    const out = new ByteWriter();
    const withheld = await editSheetPieces(() => later(cutEvery(part, n)), scan(part, 1 << 20)!, e, where, out);
    return { bytes: out.result(), withheld };
  };

  it.each([1, 2, 5, 13, 100, 1 << 20])('writes in pieces of %i bytes the bytes it writes from the whole part', async (n) => {
    const edits = [edit([]), edit([0]), edit([1]), edit([2, 9]), edit([0, 3, 4, 6], [5]), edit([20])];
    for (const part of PARTS) {
      for (const e of edits) {
        const expected = await whole(part, e);
        const got = await streamed(part, e, n);
        expect(got.bytes.toString('utf8')).toBe(expected.bytes.toString('utf8'));
        expect(got.withheld).toEqual(expected.withheld);
      }
    }
  });

  it('numbers a fill’s shared formula after the ids the rows use, found as the part comes, as from the whole part', async () => {
    const shared = (r: number, si: number) => `<row r="${r}"><c r="G${r}"><f t="shared" ref="G${r}:G${r + 1}" si="${si}">A${r}*2</f><v>1</v></c></row>`;
    const part = Buffer.from(`<worksheet xmlns="m"><sheetData>${shared(1, 3)}${ROWS[1]}${shared(4, 12)}<row r="5"><c r="G5"><f t="shared" si = '7'/></c></row></sheetData><pageMargins left="0.7"/></worksheet>`, 'utf8');
    const fills = (top: number, bottom: number): SheetEdit => ({ ...edit([top]), fills: [{ sheet: 'S', col: 8, top, bottom, formula: 'A1+1' }] });
    for (const e of [fills(1, 1), fills(6, 9), fills(2, 8)]) {
      const expected = await whole(part, e);
      if (e.fills[0].bottom > e.fills[0].top) expect(expected.bytes.toString('utf8')).toContain('si="13"');
      for (const n of [1, 4, 9, 100]) expect((await streamed(part, e, n)).bytes.toString('utf8')).toBe(expected.bytes.toString('utf8'));
    }
  });

  it('reads the part to its end after the last row it changes, so a damaged part is still refused', async () => {
    const data = Buffer.from(SHEET.replace(ROWS[4], ROWS[4].repeat(4000)), 'utf8');
    const entry: ZipEntry = { name: 'xl/worksheets/sheet2.xml', method: 8, crc: (crc32(data) + 1) >>> 0, size: data.length, compressed: deflateRawSync(data) };
    const edited = editSheetPieces(() => inflatePieces(entry, 1024, 0), scan(data, 1 << 20)!, edit([0]), where, new ByteWriter());
    await expect(edited).rejects.toThrow('checksum mismatch');
  });
});

describe('an edit of a part as it is inflated that stops', () => {
  it('lets the inflater go when it refuses a row', async () => {
    const part = Buffer.from('<worksheet><sheetData><row r="1"/><row r="1048577"/></sheetData></worksheet>', 'utf8');
    let closed = false;
    async function* pieces(): AsyncGenerator<Buffer> {
      try {
        yield* cutEvery(part, 7);
      } finally {
        closed = true;
      }
    }
    await expect(editSheetPieces(pieces, scan(part, 1 << 20)!, edit([5]), where, new ByteWriter())).rejects.toThrow(/1048577/);
    expect(closed).toBe(true);
  });
});

describe('decoding a part that comes in pieces', () => {
  it('reads the same rows from many pieces as from one, a character cut between two pieces', async () => {
    const ctx = { path: 'book.xlsx', sheet: 'S', shared: [], dateStyles: new Set<number>(), date1904: false };
    const part = Buffer.from(SHEET, 'utf8');
    const read = async (pieces: Iterable<Buffer>, piece?: number) => {
      const texts: string[] = [];
      for await (const text of textPiecesAsync(later(pieces), piece)) texts.push(text);
      return { texts, rows: readSheetRows(texts, ctx) };
    };
    const one = await read([part]);
    expect(one.texts.filter((t) => t !== '')).toEqual([SHEET]);
    for (const n of [1, 2, 7, 100]) {
      const many = await read(cutEvery(part, n), 3);
      expect(many.rows).toEqual(one.rows);
      expect(Math.max(...many.texts.map((t) => t.length))).toBeLessThanOrEqual(3);
    }
  });
});
