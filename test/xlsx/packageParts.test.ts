import { deflateRawSync } from 'zlib';
import { parseRange } from '../../core/layout/a1';
import { ZipError, inflateEntry, readZip } from '../../xlsx/package/zipRead';
import { writeZip } from '../../xlsx/zipWriter';
import { serialToDate } from '../../xlsx/read/sheetCells';
import { readSheetRows } from '../../xlsx/read/sheetRows';
import { dateStyles, isDateFormat } from '../../xlsx/read/dateStyles';
import { readSharedStrings } from '../../xlsx/read/sharedStrings';
import { SheetFrame } from '../../xlsx/write/sheetFrame';
import { cutSqref, sqrefText } from '../../xlsx/write/ranges';
import { StyleBook } from '../../xlsx/write/styleBook';
import { cellXml, encodeXString } from '../../xlsx/write/cellXml';
import { decodeXString } from '../../xlsx/package/xml';
import { Package } from '../../xlsx/package/opc';

/** A sqref with `cut` taken out, as the writer writes it. */
const sqrefWithout = (sqref: string, cut: Parameters<typeof cutSqref>[1]) => sqrefText(cutSqref(sqref, cut).pieces);

const ctx = { path: 'book.xlsx', sheet: 'S', shared: ['甲', 'beta'], dateStyles: new Set([1]), date1904: false };
const range = (ref: string) => parseRange(ref)!;

describe('reading a worksheet part as other producers write it', () => {
  it('follows rows and cells that leave out their r attribute', () => {
    const xml = '<worksheet><sheetData><row><c t="s"><v>0</v></c><c><v>2</v></c></row><row r="4"><c r="C4" t="b"><v>1</v></c></row></sheetData></worksheet>';
    expect(readSheetRows(xml, ctx)).toEqual([['甲', 2], undefined, undefined, [null, null, true]]);
  });

  it('reads attributes split over lines, in single quotes or with spaces around =', () => {
    const xml = "<worksheet><sheetData><row r='1'><c\n r='B1'\tt = \"s\"><v>1</v></c><c r=\"C1\" s='1'><v>46388</v></c></row></sheetData></worksheet>";
    expect(readSheetRows(xml, ctx)).toEqual([[null, 'beta', new Date(Date.UTC(2027, 0, 1))]]);
  });

  it('reads namespace-prefixed markup (Open XML SDK) and inline rich text without its phonetic guide', () => {
    const xml =
      '<x:worksheet xmlns:x="m"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:r><x:t>机会</x:t></x:r><x:r><x:t xml:space="preserve"> 名称</x:t></x:r><x:rPh sb="0" eb="1"><x:t>ジ</x:t></x:rPh></x:is></x:c>' +
      '<x:c r="B1" t="str"><x:f>A1&amp;"!"</x:f><x:v>机会 名称!</x:v></x:c></x:row></x:sheetData></x:worksheet>';
    expect(readSheetRows(xml, ctx)).toEqual([['机会 名称', { formula: 'A1&"!"', result: '机会 名称!' }]]);
  });

  it('gives dates for numbers in a date style, in the 1900 and the 1904 date systems', () => {
    const xml = '<worksheet><sheetData><row r="1"><c r="A1" s="1"><v>46388</v></c><c r="B1" s="0"><v>46388</v></c></row></sheetData></worksheet>';
    expect(readSheetRows(xml, ctx)[0]).toEqual([new Date(Date.UTC(2027, 0, 1)), 46388]);
    expect(serialToDate(44926, true)).toEqual(new Date(Date.UTC(2027, 0, 1)));
  });

  it('decodes _xHHHH_ escapes and error values as text', () => {
    const xml = '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a_x001B_b_x005F_x0041_</t></is></c><c r="B1" t="e"><v>#N/A</v></c></row></sheetData></worksheet>';
    expect(readSheetRows(xml, ctx)[0]).toEqual(['a\u001bb_x0041_', '#N/A']);
  });

  it.each([
    ['a row past 1 048 576', '<row r="1048577"><c r="A1048577"><v>1</v></c></row>', /row 1048577/],
    ['a column past XFD', '<row r="1"><c r="XFE1"><v>1</v></c></row>', /XFE1/],
    ['text past 32 767 characters', `<row r="1"><c r="A1" t="inlineStr"><is><t>${'x'.repeat(32_768)}</t></is></c></row>`, /32768 characters/],
  ])('refuses %s', (_, rows, detail) => {
    expect(() => readSheetRows(`<worksheet><sheetData>${rows}</sheetData></worksheet>`, ctx)).toThrow(detail);
  });

  it('joins a shared string’s runs and leaves out phonetic runs', () => {
    expect(readSharedStrings('<sst><si><t>a</t></si><si><r><t>b</t></r><r><t>c</t></r><rPh><t>x</t></rPh></si></sst>', 'p')).toEqual(['a', 'bc']);
  });

  it('knows built-in, East Asian and custom date formats from number formats', () => {
    expect(isDateFormat('yyyy"年"m"月"d"日"')).toBe(true);
    expect(isDateFormat('[$-804]yyyy/m/d')).toBe(true);
    expect(isDateFormat('#,##0.00"元"')).toBe(false);
    expect(isDateFormat('[Red]0.00')).toBe(false);
    const styles = '<styleSheet><numFmts count="1"><numFmt numFmtId="170" formatCode="yyyy-mm-dd"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="170"/><xf numFmtId="31"/></cellXfs></styleSheet>';
    expect([...dateStyles(styles)]).toEqual([1, 2, 3]);
  });
});

describe('the zip container', () => {
  it('gives back the compressed bytes of a part unchanged and inflates it on demand', () => {
    const data = Buffer.from('<a>'.repeat(1000));
    const [entry] = readZip(writeZip([{ name: 'x.xml', data }]));
    expect(inflateEntry(entry).equals(data)).toBe(true);
    expect(entry.compressed.equals(deflateRawSync(data, { level: 4 }))).toBe(true);
  });

  it('refuses a part that says it inflates past the limit before inflating anything', () => {
    const zip = writeZip([{ name: 'big.xml', data: Buffer.alloc(2048, 32) }]);
    expect(() => readZip(zip, { partBytes: 1024, totalBytes: 1 << 20, entries: 10 })).toThrow(ZipError);
  });

  it('stops a part that inflates past its declared size (a forged header)', () => {
    const zip = writeZip([{ name: 'bomb.xml', data: Buffer.alloc(100_000, 32) }]);
    const [entry] = readZip(zip);
    expect(() => inflateEntry({ ...entry, size: 10 })).toThrow(/past its declared size/);
  });
});

describe('the frame of one of our worksheet parts', () => {
  const sheet = (inner: string) => `<worksheet xmlns="m" xmlns:r="rel"><sheetData/>${inner}<pageMargins/></worksheet>`;
  const list = { attrs: 'type="list" allowBlank="1"', body: '<formula1>"TRUE,FALSE"</formula1>' };

  it('never leaves a cell under two validation rules: older rules give up the cells a new one covers', () => {
    const frame = new SheetFrame(sheet('<dataValidations count="1"><dataValidation type="whole" sqref="A3:A44"><formula1>0</formula1></dataValidation></dataValidations>'), '');
    frame.validations([{ range: range('A10:A50'), ...list }]);
    expect(frame.xml).toContain('sqref="A3:A9"');
    expect(frame.xml).toContain('sqref="A10:A50"');
    expect(frame.xml).toContain('count="2"');
    expect(frame.xml.indexOf('<dataValidations')).toBeLessThan(frame.xml.indexOf('<pageMargins'));
  });

  it('extends the rule an earlier run wrote instead of adding one per run', () => {
    const frame = new SheetFrame(sheet(''), '');
    frame.validations([{ range: range('B3:B9'), ...list }]);
    frame.validations([{ range: range('B10:B12'), ...list }]);
    expect(frame.xml.match(/<dataValidation /g)).toHaveLength(1);
    expect(frame.xml).toContain('sqref="B3:B9 B10:B12"');
  });

  it('cuts rectangles out of a list of ranges', () => {
    expect(sqrefWithout('A1:C3 E5', [range('B2')])).toBe('A1:C1 A3:C3 A2 C2 E5');
    expect(sqrefWithout('A1:A9', [range('A1:A9')])).toBe('');
  });

  it('puts new elements where the schema wants them, after the ones already there', () => {
    const frame = new SheetFrame(sheet('<conditionalFormatting sqref="A1"><cfRule type="expression" dxfId="0" priority="4"><formula>1</formula></cfRule></conditionalFormatting><hyperlinks/>'), '');
    frame.conditionalFormats([{ range: range('B2:B3'), rules: [{ formula: '$B2=0', dxf: 1 }] }]);
    expect(frame.xml).toMatch(/A1"><cfRule[^]*<\/conditionalFormatting><conditionalFormatting sqref="B2:B3"><cfRule type="expression" dxfId="1" priority="5">/);
    expect(frame.xml.indexOf('sqref="B2:B3"')).toBeLessThan(frame.xml.indexOf('<hyperlinks'));
  });
});

describe('styles of ours, appended', () => {
  const styles =
    '<styleSheet xmlns="m"><fonts count="1"><font><sz val="11"/><name val="等线"/></font></fonts><fills count="2"><fill/><fill/></fills><borders count="1"><border/></borders>' +
    '<cellXfs count="2"><xf numFmtId="0" fontId="0"/><xf numFmtId="14" fontId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

  it('keeps every existing index and gives headers the workbook’s own font, bold', () => {
    const pkg = new Package(readZip(writeZip([{ name: 'xl/styles.xml', data: Buffer.from(styles) }])));
    const book = new StyleBook(pkg, 'xl/styles.xml', 'xl/workbook.xml');
    expect(book.cell({ bold: true })).toBe(2);
    expect(book.cell({ numFmt: 'yyyy-mm-dd' })).toBe(3);
    expect(book.cell({ bold: true })).toBe(2);
    expect(book.fill('FFF2CC')).toBe(0);
    book.commit();
    const out = pkg.text('xl/styles.xml');
    expect(out).toContain('<fonts count="2"><font><sz val="11"/><name val="等线"/></font><font><b/><sz val="11"/><name val="等线"/></font></fonts>');
    expect(out).toContain('<cellXfs count="4"><xf numFmtId="0" fontId="0"/><xf numFmtId="14" fontId="0"/>');
    expect(out).toMatch(/<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"\/><\/numFmts><fonts/);
    expect(out).toMatch(/<\/cellStyles><dxfs count="1">/);
  });
});

describe('cells of ours', () => {
  it('keeps text that XML cannot hold, and a literal _xHHHH_, through a write and a read', () => {
    const text = 'ESC\u001b _x0041_ & <b>';
    expect(decodeXString(encodeXString(text).replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'))).toBe(text);
  });

  it('writes a formula with its cached result', () => {
    expect(cellXml('A1', { formula: 'B1*2', result: 4 }, 0, { date1904: false })).toBe('<c r="A1"><f>B1*2</f><v>4</v></c>');
    expect(cellXml('A1', { formula: '"x"', result: 'x' }, 3, { date1904: false })).toBe('<c r="A1" s="3" t="str"><f>&quot;x&quot;</f><v>x</v></c>');
  });
});
