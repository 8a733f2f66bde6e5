import type { SnapshotCell } from '../../core/layout';
import { cellsOf, readCell, rowsOf, sheetDataOf, type SheetContext } from '../../xlsx/read/sheetCells';
import { readSheetRows } from '../../xlsx/read/sheetRows';

const ctx: SheetContext = { path: 'book.xlsx', sheet: 'S', shared: ['甲', 'beta', 'gamma'], dateStyles: new Set([1]), date1904: false };

/** The same cells read one by one, as the editor locates them (rowsOf, cellsOf, readCell). */
function cellByCell(xml: string): (SnapshotCell[] | undefined)[] {
  const rows: (SnapshotCell[] | undefined)[] = [];
  for (const at of rowsOf(xml, sheetDataOf(xml)!, ctx)) {
    let cells: SnapshotCell[] | undefined;
    for (const c of cellsOf(xml, at.el, ctx)) {
      const value = readCell(xml, c.el, ctx);
      if (value === null) continue;
      cells ??= [];
      cells[c.col] = value;
    }
    if (cells) rows[at.row] = Array.from(cells, (v) => v ?? null);
  }
  return rows;
}

// Every form a cell takes: the plain ones read in place, and the others that go the general way.
const CELLS = [
  '<c r="A1" t="s"><v>1</v></c>',
  '<c r="B1"><v>2.5</v></c>',
  '<c r="C1" s="1"><v>46388</v></c>',
  '<c r="D1" t="n" s="0"><v>7</v></c>',
  '<c r="E1" t="s"><v></v></c>',
  '<c r="F1"><v>1&#46;5</v></c>',
  '<c r="G1" t="str"><f>A1&amp;"!"</f><v>甲!</v></c>',
  '<c r="H1" t="b"><v>1</v></c>',
  '<c r="I1" t="inlineStr"><is><t>a&amp;b</t></is></c>',
  '<c r="J1"/>',
  '<c r="K1" s="2"/>',
  '<c r="L1"></c>',
  '<c><v>3</v></c>',
  '<c r="n1"><v>4</v></c>',
  "<c r='O1' t='s'><v>0</v></c>",
  '<c\tr="P1"><v>5</v></c>',
  '<c r="Q1" t="e"><v>#N/A</v></c>',
  '<c r="R1" t="d"><v>2027-01-01</v></c>',
  '<c r="S1" t="s" ><v>2</v></c>',
  '<c r="T1" cm="1"><v>6</v></c>',
  '<c r="U1" t="s"><v> 1 </v></c>',
  '<c r="V1"><v>abc</v></c>',
  '<c r="W1"><v> </v></c>',
  '<c r="X1"><v>1</v><v>2</v></c>',
  '<c r="Y1" t="s"><v xml:space="preserve">1</v></c>',
  '<c r="Z1" s="1"><f>TODAY()</f><v>46388</v></c>',
  '<c r="AA1" t="inlineStr"><is><r><t>机会</t></r><rPh><t>x</t></rPh></is></c>',
  '<c r="XFD1"><v>8</v></c>',
];

describe('reading a sheet in one pass', () => {
  it('reads every form of cell as the cell-by-cell reader does', () => {
    const rows = [
      `<row r="1" spans="1:28" x14ac:dyDescent="0.25">${CELLS.join('')}</row>`,
      `<row>\n  ${CELLS.slice(0, 8).join('\n  ').replace(/r="([A-Z]+)1"/g, 'r="$12"')}\n</row>`,
      '<row r="4"/>',
      '<row r="6" hidden="1"><c r="B6" t="s"><v>2</v></c><c><v>9</v></c></row>',
      "<row\nr='8'><c r=\"C8\"><v>1</v></c></row>",
    ];
    const xml = `<worksheet><sheetData>${rows.join('')}</sheetData></worksheet>`;
    const read = readSheetRows(xml, ctx);
    expect(read).toEqual(cellByCell(xml));
    expect(read[0]?.slice(0, 3)).toEqual(['beta', 2.5, new Date(Date.UTC(2027, 0, 1))]);
  });

  it('reads namespace-prefixed rows and cells as the cell-by-cell reader does', () => {
    const xml = '<x:worksheet xmlns:x="m"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1"><x:v>2</x:v></x:c><x:c r="C1"/></x:row></x:sheetData></x:worksheet>';
    expect(readSheetRows(xml, ctx)).toEqual([['甲', 2]]);
    expect(readSheetRows(xml, ctx)).toEqual(cellByCell(xml));
  });

  it('refuses a reference that is not letters then digits, read in place or the general way', () => {
    const sheet = (cell: string) => `<worksheet><sheetData><row r="1">${cell}</row></sheetData></worksheet>`;
    expect(() => readSheetRows(sheet('<c r="A1B"><v>1</v></c>'), ctx)).toThrow('not a cell reference: A1B');
    expect(() => readSheetRows(sheet("<c r='1A'><v>1</v></c>"), ctx)).toThrow('not a cell reference: 1A');
    expect(() => readSheetRows(sheet('<c r="XFE1" t="s"><v>1</v></c>'), ctx)).toThrow(/XFE1/);
    expect(() => readSheetRows(sheet('<c r="A1"><v>1</v>'), ctx)).toThrow('is not closed');
    for (const bad of ['$$B1', 'B$$1', '$1', 'B$', '$B$']) expect(() => readSheetRows(sheet(`<c r="${bad}"><v>1</v></c>`), ctx)).toThrow(`not a cell reference: ${bad}`);
  });

  it('reads an anchored reference ($B$1, C$1, $D1) as the cell it names, as the cell-by-cell reader does', () => {
    const cells = '<c r="A1"><v>1</v></c><c r="$B$1"><v>2</v></c><c r=\'C$1\' t="s"><v>0</v></c><c r="$D1"><f>1+3</f><v>4</v></c><c><v>5</v></c>';
    const xml = `<worksheet><sheetData><row r="1">${cells}</row></sheetData></worksheet>`;
    expect(readSheetRows(xml, ctx)).toEqual([[1, 2, '甲', expect.anything(), 5]]);
    expect(readSheetRows(xml, ctx)).toEqual(cellByCell(xml));
  });
});
