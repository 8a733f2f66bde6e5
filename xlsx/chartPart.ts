import JSZip from 'jszip';
import { onSheet, rangeRef } from '../core/layout/a1';
import type { ChartPlan } from '../core/layout';

/**
 * ExcelJS cannot write charts, so the funnel chart is added to the zip ExcelJS wrote: a chart
 * part, a drawing part anchoring it on the funnel sheet, their relationships and content types.
 * The funnel is a horizontal stacked bar chart: a transparent spacer series, then the values,
 * which centres each bar; Excel and LibreOffice both draw it. Parts are named pcss* so a later
 * run knows them for ours (openWorkbook refuses other charts, which ExcelJS would drop).
 */
const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const REL_DRAWING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
const REL_CHART = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';
const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function unescapeXml(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function strCache(values: readonly string[]): string {
  return `<c:strCache><c:ptCount val="${values.length}"/>${values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`).join('')}</c:strCache>`;
}

function numCache(values: readonly number[]): string {
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${values.map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`).join('')}</c:numCache>`;
}

function series(chart: ChartPlan, idx: number, name: string, ref: string, values: readonly number[], fill: string, labels: boolean): string {
  const cat = onSheet(chart.sheet, rangeRef(chart.categories, true));
  const shape = fill === 'none' ? '<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>' : `<c:spPr><a:solidFill><a:srgbClr val="${fill}"/></a:solidFill></c:spPr>`;
  const dLbls = labels
    ? '<c:dLbls><c:numFmt formatCode="General" sourceLinked="0"/><c:spPr><a:noFill/></c:spPr><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>'
    : '';
  return (
    `<c:ser><c:idx val="${idx}"/><c:order val="${idx}"/><c:tx><c:v>${escapeXml(name)}</c:v></c:tx>${shape}<c:invertIfNegative val="0"/>${dLbls}` +
    `<c:cat><c:strRef><c:f>${escapeXml(cat)}</c:f>${strCache(chart.cache.categories)}</c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(ref)}</c:f>${numCache(values)}</c:numRef></c:val></c:ser>`
  );
}

export function chartXml(chart: ChartPlan): string {
  const spacer = series(chart, 0, '_', onSheet(chart.sheet, rangeRef(chart.spacer, true)), chart.cache.spacer, 'none', false);
  const values = series(chart, 1, chart.valuesName, onSheet(chart.sheet, rangeRef(chart.values, true)), chart.cache.values, '4472C4', true);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    `<c:roundedCorners val="0"/><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="bar"/><c:grouping val="stacked"/><c:varyColors val="0"/>${spacer}${values}` +
    `<c:gapWidth val="30"/><c:overlap val="100"/><c:axId val="50010"/><c:axId val="50020"/></c:barChart>` +
    // Categories top to bottom (M1 first): the category axis runs max→min.
    `<c:catAx><c:axId val="50010"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="50020"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="50020"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="1"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="50010"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

function drawingXml(chart: ChartPlan): string {
  const a = chart.anchor;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}">` +
    `<xdr:twoCellAnchor><xdr:from><xdr:col>${a.left}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${a.top}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    `<xdr:to><xdr:col>${a.right}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${a.bottom}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="PCSS Funnel"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS_C}">` +
    `<c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`
  );
}

function relsXml(rels: { id: string; type: string; target: string }[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels
    .map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`)
    .join('')}</Relationships>`;
}

/** The worksheet part of a sheet, by its name in xl/workbook.xml. */
export async function sheetPart(zip: JSZip, sheetName: string): Promise<string> {
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0]);
    const rid = /\br:id="([^"]*)"/.exec(m[0]);
    if (!name || !rid || unescapeXml(name[1]) !== sheetName) continue;
    for (const rel of rels.matchAll(/<Relationship\b[^>]*>/g)) {
      if (new RegExp(`\\bId="${rid[1]}"`).test(rel[0])) {
        const target = /\bTarget="([^"]*)"/.exec(rel[0])![1];
        return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
      }
    }
  }
  throw new Error(`sheet not found in the written workbook: ${sheetName}`);
}

// Elements that must follow <drawing> in a worksheet (ECMA-376 order).
const AFTER_DRAWING = ['<legacyDrawing', '<legacyDrawingHF', '<picture', '<oleObjects', '<controls', '<webPublishItems', '<tableParts', '<extLst', '</worksheet>'];

function insertDrawing(sheetXml: string, rid: string): string {
  const at = Math.min(...AFTER_DRAWING.map((tag) => sheetXml.indexOf(tag)).filter((i) => i >= 0));
  return `${sheetXml.slice(0, at)}<drawing r:id="${rid}"/>${sheetXml.slice(at)}`;
}

/** Adds each planned chart to the zip ExcelJS wrote. */
export async function addCharts(zip: JSZip, charts: readonly ChartPlan[]): Promise<void> {
  if (charts.length === 0) return;
  let types = await zip.file('[Content_Types].xml')!.async('string');
  for (let i = 0; i < charts.length; i++) {
    const chart = charts[i];
    const n = i + 1;
    const sheetPath = await sheetPart(zip, chart.sheet);
    const dir = sheetPath.slice(0, sheetPath.lastIndexOf('/'));
    const base = sheetPath.slice(sheetPath.lastIndexOf('/') + 1);
    const relsPath = `${dir}/_rels/${base}.rels`;
    const relsFile = zip.file(relsPath);
    const rid = `rIdPcssDrawing${n}`;
    const relEntry = `<Relationship Id="${rid}" Type="${REL_DRAWING}" Target="../drawings/pcssDrawing${n}.xml"/>`;
    if (relsFile) zip.file(relsPath, (await relsFile.async('string')).replace('</Relationships>', `${relEntry}</Relationships>`));
    else zip.file(relsPath, relsXml([{ id: rid, type: REL_DRAWING, target: `../drawings/pcssDrawing${n}.xml` }]));
    zip.file(sheetPath, insertDrawing(await zip.file(sheetPath)!.async('string'), rid));
    zip.file(`xl/drawings/pcssDrawing${n}.xml`, drawingXml(chart));
    zip.file(`xl/drawings/_rels/pcssDrawing${n}.xml.rels`, relsXml([{ id: 'rId1', type: REL_CHART, target: `../charts/pcssChart${n}.xml` }]));
    zip.file(`xl/charts/pcssChart${n}.xml`, chartXml(chart));
    types = types.replace(
      '</Types>',
      `<Override PartName="/xl/drawings/pcssDrawing${n}.xml" ContentType="${CT_DRAWING}"/><Override PartName="/xl/charts/pcssChart${n}.xml" ContentType="${CT_CHART}"/></Types>`,
    );
  }
  zip.file('[Content_Types].xml', types);
}
