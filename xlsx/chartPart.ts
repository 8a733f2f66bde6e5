import { onSheet, rangeRef } from '../core/layout/a1';
import type { CellRange, ChartPlan, ColumnsChartPlan, FunnelChartPlan } from '../core/layout';
import { escapeXml } from './package/xml';

/**
 * Our charts' parts: a chart part each and one drawing part anchoring them on their sheet.
 * The funnel is a horizontal stacked bar chart: a transparent spacer series, then the values,
 * which centres each bar; Excel and LibreOffice both draw it. The accuracy chart is clustered
 * columns. Both plot hidden cells (plotVisOnly 0): their helper columns are hidden. A later run
 * finds them through the tab's drawing relationship, never by their names (Excel renames parts
 * on save).
 */
const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';


function strCache(values: readonly string[]): string {
  return `<c:strCache><c:ptCount val="${values.length}"/>${values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`).join('')}</c:strCache>`;
}

function numCache(values: readonly number[]): string {
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${values.map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`).join('')}</c:numCache>`;
}

function series(chart: { sheet: string; categories: CellRange; cache: { categories: readonly string[] } }, idx: number, name: string, ref: string, values: readonly number[], fill: string, labels: boolean): string {
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
  return chart.kind === 'funnel' ? funnelXml(chart) : columnsXml(chart);
}

function chartSpace(title: string, plot: string, legend: boolean): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    `<c:roundedCorners val="0"/><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${escapeXml(title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}</c:plotArea>` +
    (legend ? '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>' : '') +
    // Hidden cells plotted: the charts' helper columns are hidden (SheetLayoutPlan.hiddenColumns).
    `<c:plotVisOnly val="0"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

/** Clustered columns by category, one series per plan series, the value axis shown. */
function columnsXml(chart: ColumnsChartPlan): string {
  const colours = ['A5A5A5', '4472C4'];
  const sers = chart.series.map((x, i) => series(chart, i, x.name, onSheet(chart.sheet, rangeRef(x.values, true)), chart.cache.series[i] ?? [], colours[i % colours.length], false)).join('');
  return chartSpace(
    chart.title,
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${sers}<c:gapWidth val="80"/><c:axId val="50030"/><c:axId val="50040"/></c:barChart>` +
      `<c:catAx><c:axId val="50030"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="50040"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
      `<c:valAx><c:axId val="50040"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="#,##0" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="50030"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`,
    true,
  );
}

function funnelXml(chart: FunnelChartPlan): string {
  const spacer = series(chart, 0, '_', onSheet(chart.sheet, rangeRef(chart.spacer, true)), chart.cache.spacer, 'none', false);
  const values = series(chart, 1, chart.valuesName, onSheet(chart.sheet, rangeRef(chart.values, true)), chart.cache.values, '4472C4', true);
  return chartSpace(
    chart.title,
    `<c:barChart><c:barDir val="bar"/><c:grouping val="stacked"/><c:varyColors val="0"/>${spacer}${values}` +
      `<c:gapWidth val="30"/><c:overlap val="100"/><c:axId val="50010"/><c:axId val="50020"/></c:barChart>` +
      // Categories top to bottom (M1 first): the category axis runs max→min.
      `<c:catAx><c:axId val="50010"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="50020"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
      `<c:valAx><c:axId val="50020"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="1"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="50010"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`,
    false,
  );
}

/** The drawing part anchoring a sheet's charts; each chart is its relationship `rid`. */
export function drawingXml(charts: readonly { chart: ChartPlan; rid: string }[]): string {
  const anchor = ({ chart, rid }: { chart: ChartPlan; rid: string }, i: number) => {
    const a = chart.anchor;
    const name = chart.kind === 'funnel' ? 'PCSS Funnel' : chart.name.replace(/_/g, ' ');
    return (
      `<xdr:twoCellAnchor><xdr:from><xdr:col>${a.left}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${a.top}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
      `<xdr:to><xdr:col>${a.right}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${a.bottom}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS_C}">` +
      `<c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="${rid}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  };
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}">${charts.map(anchor).join('')}</xdr:wsDr>`;
}
