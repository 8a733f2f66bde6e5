/**
 * A workbook as a program built on the Open XML SDK (System.IO.Packaging + typed classes)
 * writes it, with English headers:
 * - every SpreadsheetML element carries the "x:" prefix (&lt;x:worksheet&gt;, &lt;x:c&gt;, &lt;x:v&gt;);
 * - .NET XmlWriter's empty elements with a space ("&lt;x:b /&gt;"), a lower-case utf-8 declaration;
 * - the SDK's default part names (xl/worksheets/sheet.xml, no number), relationship ids like
 *   "R3f2a…", absolute targets, attribute order Type, Target, Id;
 * - System.IO.Packaging's content types: the first part's type as the Default for "xml";
 * - cells written without their optional r attribute in the data rows (position by order,
 *   ECMA-376 Part 1 §18.3.1.4), as code that appends new Cell { … } without a CellReference does;
 * - no document properties and no theme at all.
 */
import { CT, HEADERS_EN, NS, REL, SharedStrings, esc, serial, trackerRows, type CorpusWorkbook, zipParts } from './parts';

const DECL = '<?xml version="1.0" encoding="utf-8"?>';
const SHEET = 'Pipeline';
const N = 8;
const ID = { workbook: 'R6d1f3a2b9c4e4f70', sheet: 'R0a9b8c7d6e5f4a31', styles: 'R5e4d3c2b1a094f62', strings: 'R1b2c3d4e5f6a4b93' };

function sheetXml(sst: SharedStrings): string {
  const rows = trackerRows('en', N);
  const header = `<x:row r="1">${HEADERS_EN.map((h, c) => `<x:c r="${String.fromCharCode(65 + c)}1" s="1" t="s"><x:v>${sst.add(h)}</x:v></x:c>`).join('')}</x:row>`;
  const data = rows.map(
    (o, i) =>
      `<x:row r="${i + 2}"><x:c t="s"><x:v>${sst.add(o.opportunity)}</x:v></x:c><x:c t="s"><x:v>${sst.add(o.customer)}</x:v></x:c><x:c t="s"><x:v>${sst.add(o.rep)}</x:v></x:c>` +
      `<x:c s="3"><x:v>${o.amount}</x:v></x:c><x:c s="2"><x:v>${serial(o.close)}</x:v></x:c><x:c t="s"><x:v>${sst.add(o.stage)}</x:v></x:c></x:row>`,
  );
  return (
    `${DECL}<x:worksheet xmlns:r="${NS.r}" xmlns:x="${NS.main}"><x:sheetViews><x:sheetView tabSelected="1" workbookViewId="0" /></x:sheetViews>` +
    `<x:sheetFormatPr defaultRowHeight="15" /><x:cols><x:col min="1" max="2" width="22" customWidth="1" /></x:cols><x:sheetData>${header}${data.join('')}</x:sheetData>` +
    '<x:pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3" /></x:worksheet>'
  );
}

const STYLES =
  `${DECL}<x:styleSheet xmlns:x="${NS.main}"><x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="#,##0.00" /></x:numFmts>` +
  '<x:fonts count="2"><x:font><x:sz val="11" /><x:color theme="1" /><x:name val="Calibri" /><x:family val="2" /></x:font><x:font><x:b /><x:sz val="11" /><x:color theme="1" /><x:name val="Calibri" /><x:family val="2" /></x:font></x:fonts>' +
  '<x:fills count="2"><x:fill><x:patternFill patternType="none" /></x:fill><x:fill><x:patternFill patternType="gray125" /></x:fill></x:fills>' +
  '<x:borders count="1"><x:border><x:left /><x:right /><x:top /><x:bottom /><x:diagonal /></x:border></x:borders>' +
  '<x:cellStyleXfs count="1"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0" /></x:cellStyleXfs>' +
  '<x:cellXfs count="4"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" /><x:xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" />' +
  '<x:xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" /><x:xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" /></x:cellXfs>' +
  '<x:cellStyles count="1"><x:cellStyle name="Normal" xfId="0" builtinId="0" /></x:cellStyles>' +
  '<x:dxfs count="1"><x:dxf><x:font><x:b /></x:font></x:dxf></x:dxfs></x:styleSheet>';

const WORKBOOK =
  `${DECL}<x:workbook xmlns:r="${NS.r}" xmlns:x="${NS.main}"><x:bookViews><x:workbookView /></x:bookViews>` +
  `<x:sheets><x:sheet name="${SHEET}" sheetId="1" r:id="${ID.sheet}" /></x:sheets>` +
  `<x:definedNames><x:definedName name="Deals">${SHEET}!$A$1:$F$${N + 1}</x:definedName></x:definedNames></x:workbook>`;

function rels(list: [string, string, string][]): string {
  return `${DECL}<Relationships xmlns="${NS.rels}">${list.map(([type, target, id]) => `<Relationship Type="${type}" Target="${target}" Id="${id}" />`).join('')}</Relationships>`;
}

export function buildPrefixed(): Buffer {
  const sst = new SharedStrings();
  const sheet = sheetXml(sst);
  const strings = `${DECL}<x:sst xmlns:x="${NS.main}" count="${sst.count}" uniqueCount="${sst.list.length}">${sst.list.map((s) => `<x:si><x:t>${esc(s)}</x:t></x:si>`).join('')}</x:sst>`;
  const types =
    `${DECL}<Types xmlns="${NS.ct}"><Default Extension="xml" ContentType="${CT.workbook}" /><Default Extension="rels" ContentType="${CT.rels}" />` +
    `<Override PartName="/xl/worksheets/sheet.xml" ContentType="${CT.worksheet}" /><Override PartName="/xl/styles.xml" ContentType="${CT.styles}" />` +
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT.sharedStrings}" /></Types>`;
  return zipParts([
    ['_rels/.rels', rels([[REL.officeDocument, '/xl/workbook.xml', ID.workbook]])],
    ['xl/workbook.xml', WORKBOOK],
    ['xl/_rels/workbook.xml.rels', rels([[REL.worksheet, '/xl/worksheets/sheet.xml', ID.sheet], [REL.styles, '/xl/styles.xml', ID.styles], [REL.sharedStrings, '/xl/sharedStrings.xml', ID.strings]])],
    ['xl/worksheets/sheet.xml', sheet],
    ['xl/styles.xml', STYLES],
    ['xl/sharedStrings.xml', strings],
    ['[Content_Types].xml', types],
  ]);
}

export const prefixed: CorpusWorkbook = {
  name: 'prefixed',
  ext: 'xlsx',
  about: 'Open XML SDK: x:-prefixed SpreadsheetML, cells without r, default part names, no docProps',
  build: buildPrefixed,
};
