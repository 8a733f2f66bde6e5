import { cellRef } from '../../core/layout/a1';
import type { CellNote } from '../../core/layout';
import type { Package } from '../package/opc';
import { attributes, escapeXml } from '../package/xml';

/**
 * Notes on cells of one of our new tabs, as Excel keeps them (ECMA-376 §18.7, legacy comments):
 * a comments part with the text, and a VML drawing whose hidden shapes are the boxes Excel,
 * LibreOffice and Sheets' importer show on hovering. Both are new parts of ours, reached from our
 * tab's own relationships; the user's parts are only read, for the VML shape-id blocks (o:idmap)
 * already in use, so ours takes the next block.
 */
export const NOTE_REL = {
  comments: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments',
  vmlDrawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing',
} as const;

const NOTE_TYPE = {
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  vmlDrawing: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
} as const;

/** The author Excel shows above a note. */
const AUTHOR = 'pcss';

function commentsXml(notes: readonly CellNote[]): string {
  const list = notes
    .map((n) => `<comment ref="${cellRef(n.row, n.col)}" authorId="0"><text><t xml:space="preserve">${escapeXml(n.text)}</t></text></comment>`)
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>${AUTHOR}</author></authors><commentList>${list}</commentList></comments>`
  );
}

/** The next free o:idmap block: each VML drawing of the workbook numbers its shapes in its own block of 1 024. */
function freeIdBlock(pkg: Package): number {
  let max = 0;
  for (const name of pkg.names()) {
    if (!/\.vml$/i.test(name)) continue;
    for (const m of pkg.text(name).matchAll(/<o:idmap\b[^>]*>/g)) for (const n of (attributes(m[0]).get('data') ?? '').split(',')) max = Math.max(max, Number(n) || 0);
  }
  return max + 1;
}

function vmlXml(notes: readonly CellNote[], block: number): string {
  const shapes = notes
    .map(
      (n, i) =>
        `<v:shape id="_x0000_s${block * 1024 + i + 1}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:180pt;height:70pt;z-index:${i + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
        '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
        `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${n.col + 1}, 15, ${n.row}, 2, ${n.col + 4}, 15, ${n.row + 5}, 4</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${n.row}</x:Row><x:Column>${n.col}</x:Column></x:ClientData></v:shape>`,
    )
    .join('');
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout>` +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    `${shapes}</xml>`
  );
}

/** Adds the notes' two parts for the sheet part `sheetPart`; returns the relationship id its legacyDrawing names. */
export function addNotes(pkg: Package, sheetPart: string, notes: readonly CellNote[]): string {
  const comments = pkg.freeName('xl/comments', '.xml');
  pkg.set(comments, commentsXml(notes));
  pkg.setOverride(comments, NOTE_TYPE.comments);
  pkg.addRelationship(sheetPart, NOTE_REL.comments, comments);
  const vml = pkg.freeName('xl/drawings/vmlDrawing', '.vml');
  pkg.set(vml, vmlXml(notes, freeIdBlock(pkg)));
  pkg.setOverride(vml, NOTE_TYPE.vmlDrawing);
  return pkg.addRelationship(sheetPart, NOTE_REL.vmlDrawing, vml);
}
