import { ReadPool } from '../../xlsx/read/readPool';
import { readSheetRows } from '../../xlsx/read/sheetRows';
import type { SheetContext } from '../../xlsx/read/sheetCells';

const sheet = (rows: string) => `<worksheet><sheetData>${rows}</sheetData></worksheet>`;
const row = (r: number) =>
  `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>华东精密机械有限公司-第一事业部</t></is></c>` +
  `<c r="B${r}" t="str"><f>IF(A${r}="","","✓")</f><v>✓</v></c><c r="C${r}"><f t="shared" si="0"/><v>0</v></c></row>`;

describe('values read into a pool', () => {
  it('hands back one string for equal texts', () => {
    const pool = new ReadPool();
    const a = pool.text('华东精密机械有限公司-第一事业部'.slice(0));
    expect(pool.text(`华东精密机械有限公司-${'第一事业部'}`)).toBe(a);
    expect(pool.text('other')).toBe('other');
  });

  it('shares one frozen formula cell for an equal formula and result, and keeps -0 and dates apart', () => {
    const pool = new ReadPool();
    const cell = pool.formula('', 0);
    expect(pool.formula('', 0)).toBe(cell);
    expect(Object.isFrozen(cell)).toBe(true);
    expect(pool.formula('', '0')).not.toBe(cell);
    expect(pool.formula('', '0')).toEqual({ formula: '', result: '0' });
    expect(Object.is(pool.formula('', -0).result, -0)).toBe(true);
    const day = new Date(Date.UTC(2027, 0, 4));
    expect(pool.formula('', day)).toEqual({ formula: '', result: day });
    expect(pool.formula('', day)).not.toBe(pool.formula('', day));
  });

  it('reads the same cells with a pool as without one', () => {
    const xml = sheet([1, 2, 3].map(row).join(''));
    const base: SheetContext = { path: 'book.xlsx', sheet: 'S', shared: [], dateStyles: new Set(), date1904: false };
    const pooled = readSheetRows(xml, { ...base, pool: new ReadPool() });
    expect(pooled).toEqual(readSheetRows(xml, base));
    expect(pooled[1]![2]).toBe(pooled[2]![2]);
    expect(pooled[1]![0]).toBe('华东精密机械有限公司-第一事业部');
  });

  it('reads the cells of one day as one Date, of another day as another, the values as without a pool', () => {
    const xml = sheet('<row r="1"><c r="A1" s="1"><v>46391</v></c><c r="B1" s="1"><v>46391</v></c><c r="C1" s="1"><v>46392</v></c><c r="D1"><v>46391</v></c></row><row r="2"><c r="A2" s="1"><v>46391</v></c></row>');
    const base: SheetContext = { path: 'book.xlsx', sheet: 'S', shared: [], dateStyles: new Set([1]), date1904: false };
    const pooled = readSheetRows(xml, { ...base, pool: new ReadPool() });
    expect(pooled).toEqual(readSheetRows(xml, base));
    expect(pooled[0]![0]).toBeInstanceOf(Date);
    expect(pooled[0]![1]).toBe(pooled[0]![0]);
    expect(pooled[1]![0]).toBe(pooled[0]![0]);
    expect(pooled[0]![2]).not.toBe(pooled[0]![0]);
    expect(pooled[0]![3]).toBe(46391);
  });
});
