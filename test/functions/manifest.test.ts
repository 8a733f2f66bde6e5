import { readFileSync } from 'fs';
import { inflateSync } from 'zlib';
import { join } from 'path';
import { ICON_SIZES } from '../../scripts/icons';
import { packageVersion } from '../../scripts/functions/generate';
import { manifestFor, manifestVersion } from '../../scripts/functions/manifest';
import { ADDIN_ORIGIN, EXCEL_NAMESPACE } from '../../scripts/functions/origin';
import { ROOT } from './buildOnce';
import { parseXml, walk, type XmlElement } from './xmlTree';

const devXml = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const EXAMPLE = 'https://addins.example.com/pcss';

function all(root: XmlElement, local: string): XmlElement[] {
  return [...walk(root)].filter((e) => e.local === local);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const buf = readFileSync(file);
  expect(buf.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(buf.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

// The same checks hold for the development manifest and for the one a team's build writes
// (scripts/functions/manifest.ts; test/functions/teamBuild.test.ts builds one end to end).
describe.each([
  ['manifest.xml (development)', devXml, ADDIN_ORIGIN],
  [`the manifest built for ${EXAMPLE}`, manifestFor(devXml, EXAMPLE, manifestVersion(packageVersion())), EXAMPLE],
])('%s', (_name, xml, base) => {
  const root = parseXml(xml);

  it('is well-formed XML with every namespace prefix declared', () => {
    expect(root.local).toBe('OfficeApp');
    expect(() => parseXml(xml.replace('</Hosts>', ''))).toThrow();
    expect(() => parseXml(xml.replace('<bt:Urls>', '<zz:Urls>'))).toThrow();
  });

  it('defines every resid it uses', () => {
    const defined = new Set(
      all(root, 'Image')
        .concat(all(root, 'Url'), all(root, 'String'))
        .map((e) => e.attributes.id)
        .filter(Boolean),
    );
    const used = [...walk(root)].map((e) => e.attributes.resid).filter((r): r is string => !!r);
    expect(used.length).toBeGreaterThan(10);
    for (const resid of used) expect({ resid, defined: defined.has(resid) }).toEqual({ resid, defined: true });
    // Office's limits: resource ids 32 characters, short strings 125, long strings 250.
    for (const id of defined) expect(id.length).toBeLessThanOrEqual(32);
    const texts = (group: string) =>
      all(root, group).flatMap((g) => all(g, 'String').flatMap((s) => [s.attributes.DefaultValue, ...s.children.map((c) => c.attributes.Value)]));
    for (const text of texts('ShortStrings')) expect(text.length).toBeLessThanOrEqual(125);
    for (const text of texts('LongStrings')) expect(text.length).toBeLessThanOrEqual(250);
  });

  it('has every URL https and on the one base the metadata uses', () => {
    const urls: string[] = [];
    for (const e of walk(root)) {
      for (const [name, value] of Object.entries(e.attributes)) {
        if ((name === 'DefaultValue' || name === 'Value') && /^[a-z]+:\/\//i.test(value)) urls.push(value);
      }
      if (e.local === 'AppDomain') urls.push(e.text.trim());
    }
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) {
      expect(new URL(url).protocol).toBe('https:');
      if (url === new URL(base).origin) continue; // the AppDomain
      expect(url.startsWith(`${base}/`)).toBe(true);
    }
  });

  it('asks for ReadWriteDocument only, and the shared runtime and custom functions requirement sets', () => {
    expect(all(root, 'Permissions').map((e) => e.text.trim())).toEqual(['ReadWriteDocument']);
    const sets = all(root, 'Set').map((e) => `${e.attributes.Name} ${e.attributes.MinVersion}`);
    expect(sets).toEqual(expect.arrayContaining(['SharedRuntime 1.1', 'CustomFunctionsRuntime 1.1']));
  });

  it('declares the custom functions with a namespace, a shared runtime and the zh-CN metadata', () => {
    const point = [...walk(root)].find((e) => e.local === 'ExtensionPoint' && e.attributes['xsi:type'] === 'CustomFunctions');
    expect(point).toBeDefined();
    const strings = new Map(all(root, 'String').map((e) => [e.attributes.id, e.attributes.DefaultValue]));
    const ns = all(point!, 'Namespace')[0].attributes.resid;
    expect(strings.get(ns)).toBe(EXCEL_NAMESPACE);
    const runtime = all(root, 'Runtime')[0];
    expect(runtime.attributes.lifetime).toBe('long');
    const page = all(all(point!, 'Page')[0], 'SourceLocation')[0].attributes.resid;
    expect(page).toBe(runtime.attributes.resid);
    const metadataId = all(all(point!, 'Metadata')[0], 'SourceLocation')[0].attributes.resid;
    const metadataUrl = all(root, 'Url').find((e) => e.attributes.id === metadataId)!;
    expect(metadataUrl.attributes.DefaultValue).toBe(`${base}/functions.json`);
    const overrides = Object.fromEntries(metadataUrl.children.filter((c) => c.local === 'Override').map((c) => [c.attributes.Locale.toLowerCase(), c.attributes.Value]));
    expect(overrides).toEqual({
      'zh-cn': `${base}/functions-zh-cn.json`,
      'zh-tw': `${base}/functions-zh-tw.json`,
      'zh-hk': `${base}/functions-zh-tw.json`,
    });
    const support = all(root, 'SupportUrl')[0].attributes.DefaultValue;
    expect(support).toBe(`${base}/support.html`);
  });

  it('names itself in Traditional Chinese for zh-TW and zh-HK wherever it does in Simplified for zh-CN', () => {
    const localized = [...walk(root)].filter((e) => e.children.some((c) => c.local === 'Override' && c.attributes.Locale === 'zh-CN'));
    expect(localized.length).toBeGreaterThan(5);
    for (const e of localized) {
      const by = Object.fromEntries(e.children.filter((c) => c.local === 'Override').map((c) => [c.attributes.Locale, c.attributes.Value]));
      expect(by['zh-HK']).toBe(by['zh-TW']);
      if (e.local === 'Url') continue;
      expect(by['zh-TW']).toMatch(/[\u4e00-\u9fff]/);
      // 销售进程 → 銷售進程: none of the Simplified forms the zh-CN strings use.
      expect(by['zh-TW']).not.toMatch(/[销进强数单击开输]/);
    }
  });

  it('has the version of package.json, in Office’s four parts', () => {
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
    expect(all(root, 'Version')[0].text.trim()).toBe(`${version}.0`);
  });

  it('points its icons at real PNGs of 16, 32, 64 and 80 px', () => {
    const icons = all(root, 'Image').filter((e) => e.attributes.DefaultValue);
    const urls = new Set([...icons.map((e) => e.attributes.DefaultValue), all(root, 'IconUrl')[0].attributes.DefaultValue, all(root, 'HighResolutionIconUrl')[0].attributes.DefaultValue]);
    const sizes = new Set<number>();
    for (const url of urls) {
      const m = /\/assets\/icon-(\d+)\.png$/.exec(url);
      expect(m).not.toBeNull();
      const size = Number(m![1]);
      expect(pngSize(join(ROOT, 'assets', `icon-${size}.png`))).toEqual({ width: size, height: size });
      sizes.add(size);
    }
    expect([...sizes].sort((a, b) => a - b)).toEqual([...ICON_SIZES]);
    expect(pngSize(join(ROOT, 'assets/icon-32.png'))).toEqual({ width: 32, height: 32 });
    expect(all(root, 'IconUrl')[0].attributes.DefaultValue).toMatch(/icon-32\.png$/);
    expect(all(root, 'HighResolutionIconUrl')[0].attributes.DefaultValue).toMatch(/icon-64\.png$/);
  });

  it('has icons that draw something: opaque funnel pixels on a transparent ground', () => {
    for (const size of ICON_SIZES) {
      const buf = readFileSync(join(ROOT, 'assets', `icon-${size}.png`));
      const idat = buf.subarray(33 + 8, buf.length - 12 - 4); // one IDAT chunk after IHDR
      const raw = inflateSync(idat);
      expect(raw.length).toBe(size * (size * 4 + 1));
      let opaque = 0;
      let clear = 0;
      for (let y = 0; y < size; y++) {
        for (let x = 0; x < size; x++) {
          const alpha = raw[y * (size * 4 + 1) + 1 + x * 4 + 3];
          if (alpha === 255) opaque++;
          if (alpha === 0) clear++;
        }
      }
      expect(opaque / (size * size)).toBeGreaterThan(0.2);
      expect(clear / (size * size)).toBeGreaterThan(0.2);
    }
  });
});
