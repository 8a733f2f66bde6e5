import { cellAttributes } from '../../xlsx/read/cellAttributes';

describe("a cell's r, t and s attributes", () => {
  it('reads the common form, in any order, a self-closing tag included', () => {
    expect(cellAttributes(' r="B7" s="3" t="s"')).toEqual({ ref: 'B7', type: 's', style: 3 });
    expect(cellAttributes(' t="inlineStr" r="AA10"')).toEqual({ ref: 'AA10', type: 'inlineStr', style: 0 });
    expect(cellAttributes(' r="C2" s="12"/')).toEqual({ ref: 'C2', type: undefined, style: 12 });
  });

  it('leaves prefixed and longer attribute names alone', () => {
    expect(cellAttributes(' r="A1" x14ac:s="9" cm="1" vm="2" t="e"')).toEqual({ ref: 'A1', type: 'e', style: 0 });
  });

  it('reads the forms other producers write: single quotes, tabs and line breaks, spaces around =', () => {
    expect(cellAttributes(" r='B1'\tt = \"s\"")).toEqual({ ref: 'B1', type: 's', style: 0 });
    expect(cellAttributes('\n r="D4"\n s="2"')).toEqual({ ref: 'D4', type: undefined, style: 2 });
    expect(cellAttributes(' r = "E5" s= "1"')).toEqual({ ref: 'E5', type: undefined, style: 1 });
  });

  it('gives no reference for a cell without r (it follows the previous one)', () => {
    expect(cellAttributes(' t="b"')).toEqual({ ref: '', type: 'b', style: 0 });
    expect(cellAttributes('')).toEqual({ ref: '', type: undefined, style: 0 });
  });
});
