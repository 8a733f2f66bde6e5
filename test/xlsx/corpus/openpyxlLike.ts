/**
 * A workbook as openpyxl 3.x writes it (checked against openpyxl 3.0.9's own output):
 * - parts in openpyxl's order, [Content_Types].xml LAST; no XML declaration on most parts;
 * - strings as INLINE strings (t="inlineStr"), not a shared-string table: openpyxl's cell
 *   writer has done so since 3.0; without lxml, non-ASCII text comes as character references
 *   (&#26426;&#20250;…);
 * - numbers with an explicit t="n", dates as serials with a yyyy-mm-dd style;
 * - an empty &lt;workbookProtection/&gt; and an empty &lt;definedNames/&gt;; the r namespace declared
 *   on each &lt;sheet&gt; and on &lt;legacyDrawing&gt;;
 * - comments at xl/comments/comment1.xml and their VML at xl/drawings/commentsDrawing1.vml,
 *   related with ABSOLUTE targets under the Ids "comments" and "anysvml"; the VML written by
 *   ElementTree with ns0/ns1/ns2 prefixes rebound from shape to shape;
 * - styles whose xfs carry pivotButton="0" quotePrefix="0", and the indexed colour palette.
 */
import { CT, HEADERS_ZH, NS, REL, esc, ref, serial, themeXml, trackerRows, type CorpusWorkbook, zipParts } from './parts';

const SHEET = '销售机会';
const N = 9;

/** ElementTree's ASCII output: every non-ASCII character as a decimal character reference. */
function ascii(text: string): string {
  return [...esc(text)].map((ch) => (ch.codePointAt(0)! > 127 ? `&#${ch.codePointAt(0)};` : ch)).join('');
}

function inline(r: number, c: number, text: string): string {
  return `<c r="${ref(r, c)}" t="inlineStr"><is><t>${ascii(text)}</t></is></c>`;
}

function sheetXml(): string {
  const rows = trackerRows('zh', N);
  const xml = [`<row r="1">${HEADERS_ZH.map((h, c) => inline(0, c, h)).join('')}</row>`];
  rows.forEach((o, i) => {
    const r = i + 1;
    xml.push(
      `<row r="${r + 1}">${inline(r, 0, o.opportunity)}${inline(r, 1, o.customer)}${inline(r, 2, o.rep)}` +
        `<c r="${ref(r, 3)}" t="n"><v>${o.amount}</v></c><c r="${ref(r, 4)}" s="1" t="n"><v>${serial(o.close)}</v></c>${inline(r, 5, o.stage)}</row>`,
    );
  });
  return (
    `<worksheet xmlns="${NS.main}"><sheetPr><outlinePr summaryBelow="1" summaryRight="1"/><pageSetUpPr/></sheetPr><dimension ref="A1:F${N + 1}"/>` +
    '<sheetViews><sheetView workbookViewId="0"><selection activeCell="A1" sqref="A1"/></sheetView></sheetViews><sheetFormatPr baseColWidth="8" defaultRowHeight="15"/>' +
    `<sheetData>${xml.join('')}</sheetData><pageMargins left="0.75" right="0.75" top="1" bottom="1" header="0.5" footer="0.5"/>` +
    `<legacyDrawing xmlns:r="${NS.r}" r:id="anysvml"/></worksheet>`
  );
}

const COMMENTS = [
  { ref: 'A2', row: 1, col: 0, author: '销售运营', text: '客户要求下周演示' },
  { ref: 'C5', row: 4, col: 2, author: 'Sales Ops', text: 'Owner changes to 王芳 in March' },
];

function commentsXml(): string {
  const authors = [...new Set(COMMENTS.map((c) => c.author))];
  return (
    `<comments xmlns="${NS.main}"><authors>${authors.map((a) => `<author>${esc(a)}</author>`).join('')}</authors><commentList>` +
    COMMENTS.map((c) => `<comment ref="${c.ref}" authorId="${authors.indexOf(c.author)}" shapeId="0"><text><t>${esc(c.text)}</t></text></comment>`).join('') +
    '</commentList></comments>'
  );
}

function vmlXml(): string {
  const shape = (c: (typeof COMMENTS)[number], i: number) =>
    `<ns0:shape xmlns:ns0="urn:schemas-microsoft-com:vml" xmlns:ns1="urn:schemas-microsoft-com:office:office" type="#_x0000_t202" style="position:absolute; margin-left:59.25pt;margin-top:1.5pt;width:144px;height:79px;z-index:1;visibility:hidden" fillcolor="#ffffe1" ns1:insetmode="auto" id="_x0000_s${1026 + i}">` +
    '<ns0:fill color2="#ffffe1"/><ns0:shadow color="black" obscured="t"/><ns0:path ns1:connecttype="none"/><ns0:textbox style="mso-direction-alt:auto"><div style="text-align:left"/></ns0:textbox>' +
    `<ns2:ClientData xmlns:ns2="urn:schemas-microsoft-com:office:excel" ObjectType="Note"><ns2:MoveWithCells/><ns2:SizeWithCells/><ns2:AutoFill>False</ns2:AutoFill><ns2:Row>${c.row}</ns2:Row><ns2:Column>${c.col}</ns2:Column></ns2:ClientData></ns0:shape>`;
  return (
    '<xml><ns0:shapelayout xmlns:ns0="urn:schemas-microsoft-com:office:office" xmlns:ns1="urn:schemas-microsoft-com:vml" ns1:ext="edit"><ns0:idmap ns1:ext="edit" data="1"/></ns0:shapelayout>' +
    '<ns2:shapetype xmlns:ns2="urn:schemas-microsoft-com:vml" xmlns:ns3="urn:schemas-microsoft-com:office:office" id="_x0000_t202" coordsize="21600,21600" ns3:spt="202" path="m,l,21600r21600,l21600,xe"><ns2:stroke joinstyle="miter"/><ns2:path gradientshapeok="t" ns3:connecttype="rect"/></ns2:shapetype>' +
    COMMENTS.map(shape).join('') +
    '</xml>'
  );
}

const PALETTE = [
  '00000000', '00FFFFFF', '00FF0000', '0000FF00', '000000FF', '00FFFF00', '00FF00FF', '0000FFFF', '00000000', '00FFFFFF', '00FF0000', '0000FF00', '000000FF', '00FFFF00', '00FF00FF', '0000FFFF',
  '00800000', '00008000', '00000080', '00808000', '00800080', '00008080', '00C0C0C0', '00808080', '009999FF', '00993366', '00FFFFCC', '00CCFFFF', '00660066', '00FF8080', '000066CC', '00CCCCFF',
  '00000080', '00FF00FF', '00FFFF00', '0000FFFF', '00800080', '00800000', '00008080', '000000FF', '0000CCFF', '00CCFFFF', '00CCFFCC', '00FFFF99', '0099CCFF', '00FF99CC', '00CC99FF', '00FFCC99',
  '003366FF', '0033CCCC', '0099CC00', '00FFCC00', '00FF9900', '00FF6600', '00666699', '00969696', '00003366', '00339966', '00003300', '00333300', '00993300', '00993366', '00333399', '00333333',
];

const STYLES =
  `<styleSheet xmlns="${NS.main}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>` +
  '<fonts count="1"><font><name val="Calibri"/><family val="2"/><color theme="1"/><sz val="11"/><scheme val="minor"/></font></fonts>' +
  '<fills count="2"><fill><patternFill/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" pivotButton="0" quotePrefix="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" pivotButton="0" quotePrefix="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0" hidden="0"/></cellStyles>' +
  '<tableStyles count="0" defaultTableStyle="TableStyleMedium9" defaultPivotStyle="PivotStyleLight16"/>' +
  `<colors><indexedColors>${PALETTE.map((c) => `<rgbColor rgb="${c}"/>`).join('')}</indexedColors></colors></styleSheet>`;

const WORKBOOK =
  `<workbook xmlns="${NS.main}"><workbookPr/><workbookProtection/><bookViews><workbookView visibility="visible" minimized="0" showHorizontalScroll="1" showVerticalScroll="1" showSheetTabs="1" tabRatio="600" firstSheet="0" activeTab="0" autoFilterDateGrouping="1"/></bookViews>` +
  `<sheets><sheet xmlns:r="${NS.r}" name="${SHEET}" sheetId="1" state="visible" r:id="rId1"/></sheets><definedNames/><calcPr calcId="124519" fullCalcOnLoad="1"/></workbook>`;

/** openpyxl's attribute order: Type, Target, Id. */
function rels(list: [string, string, string][]): string {
  return `<Relationships xmlns="${NS.rels}">${list.map(([type, target, id]) => `<Relationship Type="${type}" Target="${target}" Id="${id}"/>`).join('')}</Relationships>`;
}

const TYPES =
  `<Types xmlns="${NS.ct}"><Default Extension="rels" ContentType="${CT.rels}"/><Default Extension="xml" ContentType="${CT.xml}"/><Default Extension="vml" ContentType="${CT.vml}"/>` +
  `<Override PartName="/xl/styles.xml" ContentType="${CT.styles}"/><Override PartName="/xl/theme/theme1.xml" ContentType="${CT.theme}"/>` +
  `<Override PartName="/docProps/core.xml" ContentType="${CT.core}"/><Override PartName="/docProps/app.xml" ContentType="${CT.app}"/>` +
  `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT.worksheet}"/><Override PartName="/xl/comments/comment1.xml" ContentType="${CT.comments}"/>` +
  `<Override PartName="/xl/workbook.xml" ContentType="${CT.workbook}"/></Types>`;

export function buildOpenpyxlLike(): Buffer {
  return zipParts([
    ['docProps/app.xml', `<Properties xmlns="${NS.ep}"><Application>Microsoft Excel</Application><AppVersion>3.1</AppVersion></Properties>`],
    [
      'docProps/core.xml',
      `<cp:coreProperties xmlns:cp="${NS.cp}"><dc:creator xmlns:dc="http://purl.org/dc/elements/1.1/">openpyxl</dc:creator>` +
        '<dcterms:created xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="dcterms:W3CDTF">2026-12-30T02:03:04Z</dcterms:created>' +
        '<dcterms:modified xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="dcterms:W3CDTF">2026-12-30T02:03:04Z</dcterms:modified></cp:coreProperties>',
    ],
    ['xl/theme/theme1.xml', themeXml('<?xml version="1.0"?>\n', 'Office Theme')],
    ['xl/worksheets/sheet1.xml', sheetXml()],
    ['xl/comments/comment1.xml', commentsXml()],
    ['xl/drawings/commentsDrawing1.vml', vmlXml()],
    ['xl/worksheets/_rels/sheet1.xml.rels', rels([[REL.comments, '/xl/comments/comment1.xml', 'comments'], [REL.vmlDrawing, '/xl/drawings/commentsDrawing1.vml', 'anysvml']])],
    ['xl/styles.xml', STYLES],
    ['_rels/.rels', rels([[REL.officeDocument, 'xl/workbook.xml', 'rId1'], [REL.coreProps, 'docProps/core.xml', 'rId2'], [REL.appProps, 'docProps/app.xml', 'rId3']])],
    ['xl/workbook.xml', WORKBOOK],
    ['xl/_rels/workbook.xml.rels', rels([[REL.worksheet, '/xl/worksheets/sheet1.xml', 'rId1'], [REL.styles, 'styles.xml', 'rId2'], [REL.theme, 'theme/theme1.xml', 'rId3']])],
    ['[Content_Types].xml', TYPES],
  ]);
}

export const openpyxlLike: CorpusWorkbook = {
  name: 'openpyxlLike',
  ext: 'xlsx',
  about: 'openpyxl 3: inline strings, comments at xl/comments/ with absolute targets, content types last',
  build: buildOpenpyxlLike,
};
