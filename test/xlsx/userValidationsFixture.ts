/**
 * The bundled sample with a user's own validations added on our milestone tab, as Excel saves
 * them: custom rules in the main dataValidations block, or a list from another sheet in the
 * Excel 2010 extension (x14, [MS-XLSX] 2.6.5). Built from the sample each time, not a stored file.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { parseRange } from '../../core/layout/a1';
import { readPackage, text, type Pkg } from './corpus/package';
import { zipParts } from './corpus/parts';
import { markerSheets, sheetsOf } from './corpus/readCells';
import { readZip } from './corpus/zipEntries';

export const SAMPLE = join(__dirname, '../../samples/team-pipeline.xlsx');
export const X14_URI = '{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}';

/** The part of our tab of a kind (found by its marker, as the host finds it). */
export function ourPart(pkg: Pkg, kind: string): string {
  const sheet = markerSheets(pkg).find((m) => m.marker.split(':')[1] === kind)!.sheet;
  return sheetsOf(pkg).find((s) => s.name === sheet)!.part;
}

/** Custom rules (sqref, formula as written in XML) a user added to the main block. */
export function customRule(sqref: string, formula: string): string {
  return `<dataValidation type="custom" allowBlank="1" showErrorMessage="1" sqref="${sqref}"><formula1>${formula}</formula1></dataValidation>`;
}

export function x14ListRule(sqref: string): string {
  return `<x14:dataValidation type="list" allowBlank="1" showErrorMessage="1"><x14:formula1><xm:f>'评分标准'!$C$3:$C$8</xm:f></x14:formula1><xm:sqref>${sqref}</xm:sqref></x14:dataValidation>`;
}

/** The sample with `main` rules appended to the milestone tab's dataValidations and `x14` rules in its extLst. */
export function sampleWithUserRules(main: readonly string[], x14: readonly string[] = []): Buffer {
  const original = readFileSync(SAMPLE);
  const part = ourPart(readPackage(original), 'milestones');
  return zipParts(
    readZip(original).map((e) => {
      if (e.name !== part) return [e.name, e.data];
      let xml = text(new Map([[part, e.data]]), part);
      xml = xml.replace(/<dataValidations count="(\d+)">([^]*?)<\/dataValidations>/, (_, n: string, inner: string) => `<dataValidations count="${Number(n) + main.length}">${inner}${main.join('')}</dataValidations>`);
      if (x14.length > 0) {
        const ext = `<extLst><ext uri="${X14_URI}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations count="${x14.length}" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">${x14.join('')}</x14:dataValidations></ext></extLst>`;
        xml = xml.replace('</worksheet>', `${ext}</worksheet>`);
      }
      return [e.name, xml];
    }),
  );
}

export interface ReadRule {
  readonly x14: boolean;
  readonly type: string;
  readonly sqref: string;
  readonly formula: string;
  readonly xml: string;
}

/** The validations of a sheet part, main and x14, read with the tests' own patterns. */
export function readRules(xml: string): ReadRule[] {
  const out: ReadRule[] = [];
  for (const m of xml.matchAll(/<dataValidation\b([^>]*)>([^]*?)<\/dataValidation>/g)) {
    out.push({ x14: false, type: /type="(\w+)"/.exec(m[1])?.[1] ?? '', sqref: /sqref="([^"]*)"/.exec(m[1])![1], formula: /<formula1>([^]*?)<\/formula1>/.exec(m[2])?.[1] ?? '', xml: m[0] });
  }
  for (const m of xml.matchAll(/<x14:dataValidation\b([^>]*)>([^]*?)<\/x14:dataValidation>/g)) {
    out.push({ x14: true, type: /type="(\w+)"/.exec(m[1])?.[1] ?? '', sqref: /<xm:sqref>([^<]*)<\/xm:sqref>/.exec(m[2])![1], formula: /<xm:f>([^<]*)<\/xm:f>/.exec(m[2])?.[1] ?? '', xml: m[0] });
  }
  return out;
}

/** Pairs of rules that share a cell: [sqref piece, sqref piece]. */
export function overlaps(rules: readonly ReadRule[]): [string, string][] {
  const pieces = rules.flatMap((r, i) => r.sqref.split(' ').map((p) => ({ i, p, r: parseRange(p)! })));
  const out: [string, string][] = [];
  for (const a of pieces) for (const b of pieces) if (a.i < b.i && !(a.r.bottom < b.r.top || b.r.bottom < a.r.top || a.r.right < b.r.left || b.r.right < a.r.left)) out.push([a.p, b.p]);
  return out;
}
