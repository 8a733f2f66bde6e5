/**
 * Issue 10: nothing of the user's is ever lost. For every corpus workbook (test/xlsx/corpus),
 * `runApply` once, then again on its own result in place (as --in-place does): every part of
 * the original package other than the index parts is still there byte for byte, every entry of
 * the index parts is still there, the result is a valid package, an .xlsm stays one, and the
 * second run duplicates nothing of ours.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runApply } from '../../xlsx/run';
import { CORPUS, type CorpusWorkbook } from './corpus';
import { CONTENT_TYPES, contentTypes, mainPart, readPackage, relatedPart, relationships, relsPartOf, text, typeOf, type Pkg } from './corpus/package';
import { contentTypeMismatches, packageProblems } from './corpus/packageProblems';
import { MAIN_NS as M, attr, canonical, child, elements, parseXml } from './corpus/xmlNodes';
import { readZip } from './corpus/zipEntries';
import { zipParts } from './corpus/parts';
import { markerSheets, sheetsOf } from './corpus/readCells';

const SAMPLE = join(__dirname, '../../samples/team-pipeline.xlsx');
const FIRST_DATE = '2027-01-04';
const SECOND_DATE = '2027-01-11';

interface Runs {
  original: Buffer;
  first: Buffer;
  second: Buffer;
}

const runs = new Map<string, Promise<Runs>>();

/** The workbook run once into a new file, then that file run again in place; memoized per workbook. */
function runTwice(name: string, ext: string, original: Buffer): Promise<Runs> {
  let p = runs.get(name);
  if (!p) {
    p = (async () => {
      const dir = mkdtempSync(join(tmpdir(), `pcss-keep-${name}-`));
      const input = join(dir, `${name}.${ext}`);
      const output = join(dir, `${name}-pcss.${ext}`);
      writeFileSync(input, original);
      await runApply({ input, output, date: FIRST_DATE });
      const first = readFileSync(output);
      await runApply({ input: output, output, date: SECOND_DATE });
      return { original, first, second: readFileSync(output) };
    })();
    // Each test awaits it; an unhandled rejection must not abort the others first.
    p.catch(() => undefined);
    runs.set(name, p);
  }
  return p;
}

/**
 * The parts a run may rewrite because they index the package: content types, the main part and
 * its relationships, the styles part, and the extended properties (sheet titles).
 */
function indexParts(pkg: Pkg): Set<string> {
  const main = mainPart(pkg);
  return new Set([CONTENT_TYPES, main, relsPartOf(main), relatedPart(pkg, main, 'styles'), relatedPart(pkg, '', 'extended-properties')].filter((p): p is string => !!p));
}

/** Original parts missing from the result or not byte-identical there (index parts: missing only). */
function lostParts(original: Pkg, result: Pkg): string[] {
  const index = indexParts(original);
  const lost: string[] = [];
  for (const [name, data] of original) {
    const now = result.get(name);
    if (!now) lost.push(`${name}: missing`);
    else if (!index.has(name) && !now.equals(data)) lost.push(`${name}: changed (${data.length} → ${now.length} bytes)`);
  }
  return lost;
}

/** The content-type entries of the original that the result lacks or gives another type. */
function lostContentTypes(original: Pkg, result: Pkg): string[] {
  const before = contentTypes(original);
  const after = contentTypes(result);
  const lost: string[] = [];
  for (const [ext, type] of before.defaults) if (after.defaults.get(ext) !== type) lost.push(`Default ${ext}: ${type} → ${after.defaults.get(ext)}`);
  for (const [part, type] of before.overrides) if (after.overrides.get(part) !== type) lost.push(`Override ${part}: ${type} → ${after.overrides.get(part)}`);
  return lost;
}

/** The main part's relationships of the original that the result lacks or points elsewhere. */
function lostRelationships(original: Pkg, result: Pkg): string[] {
  const after = new Map(relationships(result, mainPart(result)).map((r) => [r.id, r]));
  return relationships(original, mainPart(original))
    .filter((r) => {
      const now = after.get(r.id);
      return !now || now.type !== r.type || now.part !== r.part || now.external !== r.external;
    })
    .map((r) => `${r.id} ${r.type} → ${r.target}`);
}

/** Elements of the workbook part as written, whatever the prefix: &lt;sheet/&gt;, &lt;definedName&gt;…&lt;/definedName&gt;. */
function verbatim(xml: string, local: string): string[] {
  const empty = new RegExp(`<(?:[\\w.-]+:)?${local}\\b[^>]*?/>`, 'g');
  const full = new RegExp(`<((?:[\\w.-]+:)?${local})\\b[^>]*?[^/]>[\\s\\S]*?</\\1>`, 'g');
  return [...(xml.match(empty) ?? []), ...(xml.match(full) ?? [])];
}

const STYLE_LISTS: [string, string][] = [
  ['numFmts', 'numFmt'],
  ['fonts', 'font'],
  ['fills', 'fill'],
  ['borders', 'border'],
  ['cellStyleXfs', 'xf'],
  ['cellXfs', 'xf'],
  ['cellStyles', 'cellStyle'],
  ['dxfs', 'dxf'],
];

function styleLists(pkg: Pkg): Map<string, string[]> {
  const part = relatedPart(pkg, mainPart(pkg), 'styles');
  const out = new Map<string, string[]>();
  if (!part) return out;
  const root = parseXml(text(pkg, part));
  for (const [list, item] of STYLE_LISTS) {
    const el = child(root, list, M);
    out.set(list, el ? elements(el, item, M).map(canonical) : []);
  }
  return out;
}

/** Style entries of the original not found at the same index of the same list in the result. */
function movedStyles(original: Pkg, result: Pkg): string[] {
  const before = styleLists(original);
  const after = styleLists(result);
  const moved: string[] = [];
  for (const [list, items] of before) {
    items.forEach((item, i) => {
      if (after.get(list)?.[i] !== item) moved.push(`${list}[${i}]: ${item} → ${after.get(list)?.[i]}`);
    });
  }
  return moved;
}

/** What Excel would repair in the workbook part: sheets or names defined twice. */
function workbookProblems(pkg: Pkg): string[] {
  const root = parseXml(text(pkg, mainPart(pkg)));
  const problems: string[] = [];
  const sheets = sheetsOf(pkg);
  const dup = (values: string[]) => values.filter((v, i) => values.indexOf(v) !== i);
  for (const n of dup(sheets.map((s) => s.name.toLowerCase()))) problems.push(`sheet name ${n} twice`);
  for (const n of dup(sheets.map((s) => s.sheetId))) problems.push(`sheetId ${n} twice`);
  for (const s of sheets) if (!pkg.has(s.part)) problems.push(`sheet ${s.name}: part ${s.part} missing`);
  const names = child(root, 'definedNames', M);
  const keys = names ? elements(names, 'definedName', M).map((d) => `${(attr(d, 'name') ?? '').toLowerCase()}@${attr(d, 'localSheetId') ?? ''}`) : [];
  for (const n of dup(keys)) problems.push(`defined name ${n} twice`);
  return problems;
}

function chartCount(pkg: Pkg): number {
  const ct = contentTypes(pkg);
  return [...pkg.keys()].filter((p) => typeOf(ct, p) === 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml').length;
}

describe.each(CORPUS.map((w) => [w.name, w] as [string, CorpusWorkbook]))('pcss apply on %s loses nothing', (name, workbook) => {
  const original = workbook.build();
  /** The workbook before, and after one run and after a second in place, each as its bytes and read as a package. */
  const get = async () => {
    const r = await runTwice(name, workbook.ext, original);
    return { before: readPackage(r.original), runs: [r.first, r.second].map((bytes) => ({ bytes, pkg: readPackage(bytes) })) };
  };

  it('keeps every part other than the index parts byte for byte, after one run and after a second in place', async () => {
    const { before, runs } = await get();
    for (const { pkg } of runs) expect(lostParts(before, pkg)).toEqual([]);
  });

  it('keeps every content type entry and every relationship of the workbook', async () => {
    const { before, runs } = await get();
    for (const { pkg } of runs) {
      expect(lostContentTypes(before, pkg)).toEqual([]);
      expect(lostRelationships(before, pkg)).toEqual([]);
    }
  });

  it('keeps every sheet (in order, first) and defined name of the workbook verbatim, and its protection', async () => {
    const { before, runs } = await get();
    const xml = text(before, mainPart(before));
    for (const { pkg } of runs) {
      const now = text(pkg, mainPart(pkg));
      for (const local of ['sheet', 'definedName']) expect(verbatim(xml, local).filter((e) => !now.includes(e))).toEqual([]);
      expect(verbatim(now, 'workbookProtection')).toEqual(verbatim(xml, 'workbookProtection'));
      const names = sheetsOf(before).map((s) => s.name);
      expect(sheetsOf(pkg).slice(0, names.length).map((s) => s.name)).toEqual(names);
    }
  });

  it('keeps every existing style entry at its index (number formats, fonts, fills, borders, xfs, cell styles, dxfs)', async () => {
    const { before, runs } = await get();
    for (const { pkg } of runs) expect(movedStyles(before, pkg)).toEqual([]);
  });

  it('writes a valid package: well-formed, a content type for each part, the right one for each relationship, every target present', async () => {
    const { runs } = await get();
    for (const { bytes, pkg } of runs) {
      expect(packageProblems(bytes)).toEqual([]);
      expect(contentTypeMismatches(pkg)).toEqual([]);
      expect(workbookProblems(pkg)).toEqual([]);
    }
  });

  it(`stays a .${workbook.ext}${workbook.ext === 'xlsm' ? ' with its VBA project untouched' : ''}`, async () => {
    const { before, runs } = await get();
    for (const { pkg } of runs) {
      const main = mainPart(pkg);
      expect(typeOf(contentTypes(pkg), main)).toBe(typeOf(contentTypes(before), mainPart(before)));
      if (workbook.ext === 'xlsm') {
        expect(pkg.get('xl/vbaProject.bin')?.equals(before.get('xl/vbaProject.bin')!)).toBe(true);
        expect(relatedPart(pkg, main, 'vbaProject')).toBe('xl/vbaProject.bin');
      } else expect(typeOf(contentTypes(pkg), main)).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml');
    }
  });

  it('adds its tabs and one chart once: the second run duplicates nothing of ours', async () => {
    const { before, runs } = await get();
    const [first, second] = runs.map(({ pkg }) => markerSheets(pkg));
    expect(first.length).toBeGreaterThan(0);
    expect(second).toEqual(first);
    expect(new Set(second.map((m) => m.marker.split(':')[1])).size).toBe(second.length);
    for (const { pkg } of runs) expect(chartCount(pkg) - chartCount(before)).toBe(1);
  });
});

describe('pcss apply on the bundled sample', () => {
  it('keeps the tracker sheet part byte for byte, at its name, after one run and a second in place', async () => {
    const original = readFileSync(SAMPLE);
    const r = await runTwice('sample', 'xlsx', original);
    const before = readPackage(original);
    const tracker = sheetsOf(before).find((s) => s.name === '销售机会跟踪')!;
    expect(tracker).toBeDefined();
    for (const result of [r.first, r.second]) {
      const pkg = readPackage(result);
      expect(sheetsOf(pkg).find((s) => s.name === tracker.name)?.part).toBe(tracker.part);
      expect(pkg.get(tracker.part)?.equals(before.get(tracker.part)!)).toBe(true);
      expect(packageProblems(result)).toEqual([]);
    }
  });
});

describe('the checks above', () => {
  // A workbook edited the way a round trip through a spreadsheet library edits it.
  const original = CORPUS[0].build();
  const edit = (changes: Record<string, (xml: string) => string>) =>
    readPackage(zipParts(readZip(original).map((e): [string, Buffer] => [e.name, changes[e.name] ? Buffer.from(changes[e.name](e.data.toString('utf8'))) : e.data])));
  const before = readPackage(original);

  it('see a user part changed, and an index part dropped', () => {
    const after = edit({ 'xl/comments1.xml': (x) => x.replace('tc=', 'Author') });
    expect(lostParts(before, after)).toEqual([expect.stringMatching(/^xl\/comments1\.xml: changed/)]);
    const dropped = readPackage(zipParts(readZip(original).filter((e) => e.name !== 'docProps/app.xml').map((e): [string, Buffer] => [e.name, e.data])));
    expect(lostParts(before, dropped)).toEqual(['docProps/app.xml: missing']);
  });

  it('see a content type, a relationship, a defined name and protection lost, a style entry moved', () => {
    const after = edit({
      '[Content_Types].xml': (x) => x.replace(/<Override PartName="\/xl\/persons\/person.xml"[^>]*\/>/, ''),
      'xl/_rels/workbook.xml.rels': (x) => x.replace(/<Relationship Id="rId8"[^>]*\/>/, ''),
      'xl/workbook.xml': (x) => x.replace(/<definedName name="税率">[^<]*<\/definedName>/, '').replace('<workbookProtection lockWindows="1"/>', ''),
      'xl/styles.xml': (x) => x.replace('<b val="0"/><i val="0"/><strike val="0"/>', '<b/><i/><strike/>'),
    });
    expect(lostContentTypes(before, after)).toEqual(['Override /xl/persons/person.xml: application/vnd.ms-excel.person+xml → undefined']);
    expect(lostRelationships(before, after)).toEqual([expect.stringMatching(/^rId8 .*customXml/)]);
    const xml = text(after, 'xl/workbook.xml');
    expect(verbatim(text(before, 'xl/workbook.xml'), 'definedName').filter((e) => !xml.includes(e))).toEqual(['<definedName name="税率">0.13</definedName>']);
    expect(verbatim(xml, 'workbookProtection')).toEqual([]);
    expect(movedStyles(before, after)).toEqual([expect.stringMatching(/^fonts\[3\]/)]);
  });
});
