/**
 * Comments as Excel 365 saves them: a note with its VML shape, and a threaded comment with a
 * reply, kept beside its legacy copy (the text older Excels show) and its author's entry.
 */
import { DECL, NS } from './parts';

/** The threaded comment, its reply and its author, as Excel identifies them. */
const GUID = {
  thread: '{6F0E1D3A-2B4C-4D5E-8F6A-7B8C9D0E1F2A}',
  reply: '{7A1F2E4B-3C5D-4E6F-9A7B-8C9D0E1F2A3B}',
  person: '{C4B0E7A2-9D3F-4E1A-B6C8-5D7E9F0A1B2C}',
};

export const COMMENTS =
  `${DECL}<comments xmlns="${NS.main}" xmlns:mc="${NS.mc}" mc:Ignorable="xr" xmlns:xr="${NS.xr}"><authors><author>tc=${GUID.thread}</author><author>张伟</author></authors><commentList>` +
  `<comment ref="B3" authorId="0" shapeId="0" xr:uid="${GUID.thread}"><text><t>[Threaded comment]\n\nYour version of Excel allows you to read this threaded comment; however, any edits to it will get removed if the file is opened in a newer version of Excel. Learn more: https://go.microsoft.com/fwlink/?linkid=870924\n\nComment:\n    客户要求下周演示\nReply:\n    已安排周三上午</t></text></comment>` +
  '<comment ref="D5" authorId="1" shapeId="0" xr:uid="{0C1D2E3F-4A5B-4C6D-8E7F-9A0B1C2D3E4F}"><text><r><rPr><b/><sz val="9"/><color indexed="81"/><rFont val="宋体"/><family val="3"/><charset val="134"/></rPr><t>张伟:</t></r>' +
  '<r><rPr><sz val="9"/><color indexed="81"/><rFont val="宋体"/><family val="3"/><charset val="134"/></rPr><t xml:space="preserve">\n金额含三年维保</t></r></text></comment>' +
  '</commentList></comments>';

export const THREADED =
  `${DECL}<ThreadedComments xmlns="${NS.tc}" xmlns:x="${NS.main}">` +
  `<threadedComment ref="B3" dT="2026-12-01T09:15:42.31" personId="${GUID.person}" id="${GUID.thread}"><text>客户要求下周演示</text></threadedComment>` +
  `<threadedComment ref="B3" dT="2026-12-01T10:02:05.87" personId="${GUID.person}" id="${GUID.reply}" parentId="${GUID.thread}"><text>已安排周三上午</text></threadedComment>` +
  '</ThreadedComments>';

export const PERSONS = `${DECL}<personList xmlns="${NS.tc}" xmlns:x="${NS.main}"><person displayName="张伟" id="${GUID.person}" userId="zhangwei@example.com" providerId="PeoplePicker"/></personList>`;

/** Excel's VML for notes: CRLF line breaks, single-quoted styles, one shape per comment. */
export function vml(): string {
  const shape = (id: number, row: number, col: number, anchor: string) =>
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style='position:absolute;\r\n  margin-left:107.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:${id - 1024};\r\n  visibility:hidden' fillcolor="infoBackground [80]" o:insetmode="auto">\r\n` +
    '  <v:fill color2="infoBackground [80]"/>\r\n  <v:shadow color="none [81]" obscured="t"/>\r\n  <v:path o:connecttype="none"/>\r\n' +
    "  <v:textbox style='mso-direction-alt:auto'>\r\n   <div style='text-align:left'></div>\r\n  </v:textbox>\r\n" +
    `  <x:ClientData ObjectType="Note">\r\n   <x:MoveWithCells/>\r\n   <x:SizeWithCells/>\r\n   <x:Anchor>\r\n    ${anchor}</x:Anchor>\r\n   <x:AutoFill>False</x:AutoFill>\r\n   <x:Row>${row}</x:Row>\r\n   <x:Column>${col}</x:Column>\r\n  </x:ClientData>\r\n </v:shape>`;
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml"\r\n xmlns:o="urn:schemas-microsoft-com:office:office"\r\n xmlns:x="urn:schemas-microsoft-com:office:excel">\r\n' +
    ' <o:shapelayout v:ext="edit">\r\n  <o:idmap v:ext="edit" data="1"/>\r\n </o:shapelayout>' +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202"\r\n  path="m,l,21600r21600,l21600,xe">\r\n  <v:stroke joinstyle="miter"/>\r\n  <v:path gradientshapeok="t" o:connecttype="rect"/>\r\n </v:shapetype>' +
    shape(1025, 2, 1, '2, 15, 1, 2, 4, 15, 5, 2') +
    shape(1026, 4, 3, '4, 15, 3, 10, 6, 15, 7, 10') +
    '</xml>\r\n'
  );
}
