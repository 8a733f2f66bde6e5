import { readSharedStrings } from '../../xlsx/read/sharedStrings';

const sst = (...items: string[]) => `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${items.map((i) => `<si>${i}</si>`).join('')}</sst>`;

describe('reading the shared string table', () => {
  it('reads one plain run, with or without xml:space, entities and _xHHHH_ decoded', () => {
    expect(readSharedStrings(sst('<t>机会-1</t>', '<t xml:space="preserve"> a &amp; b </t>', '<t>x_x000D_y</t>', '<t></t>', '<t/>'), 'p')).toEqual(['机会-1', ' a & b ', 'x\ry', '', '']);
  });

  it('reads the forms other producers write: prefixed names, rich runs, CDATA, tags spread over lines', () => {
    const prefixed = '<x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:si><x:t>甲</x:t></x:si></x:sst>';
    expect(readSharedStrings(prefixed, 'p')).toEqual(['甲']);
    expect(readSharedStrings(sst('<r><rPr><b/></rPr><t>bo</t></r><r><t>ld</t></r>', '<t><![CDATA[a<b]]></t>', '<t\n>line</t>', '<t xml:space="preserve">x</t><rPh sb="0" eb="1"><t>ふ</t></rPh>'), 'p')).toEqual(['bold', 'a<b', 'line', 'x']);
  });
});
