/**
 * The offline checks of a built Excel add-in folder (dist/excel-addin): what Office and the
 * Microsoft 365 admin center need of the manifest, the custom functions metadata it points at,
 * and the pages and scripts it serves, all on the one base URL the build was for. Each check
 * returns problems; none throws on bad input.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'fs';
import { join } from 'path';
import { parseXml, walk, type XmlElement } from '../xmlTree';
import { pngSize } from './png';
import { problem, type Problem } from './problems';

/** Office.js must come from Microsoft's CDN (the one URL that is not on the add-in's base). */
export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** The pages a team's build ships beside the add-in (assets/pages, scripts/functions/pages.ts). */
export const REQUIRED_PAGES = ['help.html', 'support.html', 'privacy.html'] as const;

/** The Marketplace and AppSource listings' store icon, beside the manifest's own sizes. */
export const STORE_ICON = { file: 'assets/icon-300.png', size: 300 } as const;

// Office's limits (manifest schema and the custom functions metadata reference).
const LIMITS = { resid: 32, shortString: 125, longString: 250, displayName: 125, description: 250, functionName: 128 };
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FUNCTION_ID = /^[A-Za-z][A-Za-z0-9_.]*$/;
const FUNCTION_NAME = /^\p{L}[\p{L}\p{N}._]*$/u;
const RESULT_TYPES = new Set(['number', 'string', 'boolean', 'any']);

export interface SiteReport {
  problems: Problem[];
  /** The base URL read from the manifest's SourceLocation. */
  base: string | null;
  urls: number;
  functions: number;
  metadataFiles: string[];
  icons: number[];
}

function all(root: XmlElement, local: string): XmlElement[] {
  return [...walk(root)].filter((e) => e.local === local);
}

function isUrl(text: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text);
}

/** The file under `dir` that a URL on `base` names, or null if the URL is not on `base`. */
function fileOf(dir: string, base: string, url: string): string | null {
  if (!url.startsWith(`${base}/`)) return null;
  const path = decodeURIComponent(url.slice(base.length + 1).split('#')[0].split('?')[0]);
  return join(dir, path);
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

/** Every absolute URL in an HTML page's src and href attributes, and every relative one. */
function pageLinks(html: string): { absolute: string[]; relative: string[] } {
  const absolute: string[] = [];
  const relative: string[] = [];
  for (const m of html.matchAll(/\b(?:src|href)\s*=\s*["']([^"']*)["']/gi)) {
    const link = m[1].trim();
    if (isUrl(link) || link.startsWith('//')) absolute.push(link);
    else if (link && !link.startsWith('#') && !/^(?:mailto|data):/i.test(link)) relative.push(link);
  }
  return { absolute, relative };
}

function checkMetadataFile(dir: string, base: string, url: string, report: SiteReport, ids: { first: string[] | null; file: string | null }, helpAnchors: Set<string> | null): void {
  const problems = report.problems;
  const file = fileOf(dir, base, url);
  if (!file || !isFile(file)) return; // reported with the URLs
  const name = file.slice(dir.length + 1);
  report.metadataFiles.push(name);
  let data: { functions?: unknown };
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    problems.push(problem(`${name} 不是有效的 JSON:${(e as Error).message}`, `${name} is not valid JSON: ${(e as Error).message}`));
    return;
  }
  if (!Array.isArray(data.functions) || data.functions.length === 0) {
    problems.push(problem(`${name} 没有 functions 数组`, `${name} has no functions array`));
    return;
  }
  const functions = data.functions as Record<string, unknown>[];
  const names = new Set<string>();
  for (const f of functions) {
    const id = String(f.id ?? '');
    const fname = String(f.name ?? '');
    const where = `${name} ${id || '(no id)'}`;
    if (!FUNCTION_ID.test(id)) problems.push(problem(`${where}:id 只能由字母、数字、_ 和 . 组成`, `${where}: an id is letters, digits, _ and . only`));
    if (!FUNCTION_NAME.test(fname) || fname.length > LIMITS.functionName) {
      problems.push(problem(`${where}:函数名「${fname}」须以字母开头,只含字母、数字、_ 和 .,最长 ${LIMITS.functionName}`, `${where}: the name "${fname}" must start with a letter, hold letters, digits, _ and . only, ${LIMITS.functionName} at most`));
    }
    if (names.has(fname.toUpperCase())) problems.push(problem(`${where}:函数名「${fname}」重复`, `${where}: the name "${fname}" is used twice`));
    names.add(fname.toUpperCase());
    if (typeof f.description !== 'string' || !f.description) problems.push(problem(`${where}:缺少说明`, `${where}: no description`));
    const result = f.result as { type?: string } | undefined;
    if (!result || !RESULT_TYPES.has(String(result.type))) problems.push(problem(`${where}:结果类型无效`, `${where}: no valid result type`));
    const helpUrl = String(f.helpUrl ?? '');
    const helpFile = fileOf(dir, base, helpUrl);
    if (!helpFile) {
      problems.push(problem(`${where}:helpUrl ${helpUrl} 不在 ${base} 上`, `${where}: helpUrl ${helpUrl} is not on ${base}`));
    } else if (!isFile(helpFile)) {
      problems.push(problem(`${where}:helpUrl 指向的文件不存在`, `${where}: the helpUrl's file is missing`));
    } else if (helpAnchors && helpUrl.includes('#') && !helpAnchors.has(helpUrl.split('#')[1])) {
      problems.push(problem(`${where}:help.html 中没有 #${helpUrl.split('#')[1]}`, `${where}: help.html has no #${helpUrl.split('#')[1]}`));
    }
    const params = Array.isArray(f.parameters) ? (f.parameters as Record<string, unknown>[]) : [];
    let optionalSeen = false;
    for (const p of params) {
      if (typeof p.name !== 'string' || !p.name) problems.push(problem(`${where}:参数缺少名称`, `${where}: a parameter has no name`));
      if (p.optional) optionalSeen = true;
      else if (optionalSeen) problems.push(problem(`${where}:必填参数 ${String(p.name)} 在可选参数之后`, `${where}: required parameter ${String(p.name)} follows an optional one`));
    }
  }
  const list = functions.map((f) => String(f.id));
  if (new Set(list).size !== list.length) problems.push(problem(`${name}:id 重复`, `${name}: an id is used twice`));
  if (!ids.first) {
    ids.first = list;
    ids.file = name;
  } else if (list.join() !== ids.first.join()) {
    problems.push(problem(`${name} 的函数 id 与 ${ids.file} 不同`, `${name} does not have the same function ids as ${ids.file}`));
  }
  report.functions = Math.max(report.functions, list.length);
}

/**
 * Checks a built add-in folder. `expectedBase`: the base the build was asked for (ADDIN_ORIGIN),
 * else the one the manifest's SourceLocation names. `version`: package.json's, in Office's form.
 */
export function checkExcelSite(dir: string, options: { expectedBase?: string; version: string }): SiteReport {
  const report: SiteReport = { problems: [], base: null, urls: 0, functions: 0, metadataFiles: [], icons: [] };
  const problems = report.problems;
  const manifestFile = join(dir, 'manifest.xml');
  if (!isFile(manifestFile)) {
    problems.push(problem(`${manifestFile} 不存在:先运行 npm run build`, `${manifestFile} is missing: run npm run build first`));
    return report;
  }
  const xml = readFileSync(manifestFile, 'utf8');
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (e) {
    problems.push(problem(`manifest.xml 不是格式正确的 XML:${(e as Error).message}`, `manifest.xml is not well-formed XML: ${(e as Error).message}`));
    return report;
  }
  if (root.local !== 'OfficeApp' || root.attributes['xsi:type'] !== 'TaskPaneApp') {
    problems.push(problem('manifest.xml 的根元素应为 TaskPaneApp 类型的 OfficeApp', 'manifest.xml must be an OfficeApp of type TaskPaneApp'));
  }
  const text = (local: string) => all(root, local)[0]?.text.trim() ?? '';
  if (!GUID.test(text('Id'))) problems.push(problem(`Id「${text('Id')}」不是 GUID`, `Id "${text('Id')}" is not a GUID`));
  if (text('Version') !== options.version) {
    problems.push(problem(`Version 为 ${text('Version')},应为 package.json 的 ${options.version}`, `Version is ${text('Version')}, package.json says ${options.version}`));
  }
  for (const [local, limit] of [['DisplayName', LIMITS.displayName], ['Description', LIMITS.description]] as const) {
    const e = all(root, local)[0];
    if (!e?.attributes.DefaultValue) problems.push(problem(`缺少 ${local}`, `no ${local}`));
    for (const v of e ? [e.attributes.DefaultValue, ...e.children.map((c) => c.attributes.Value)] : []) {
      if ((v ?? '').length > limit) problems.push(problem(`${local}「${v}」超过 ${limit} 个字符`, `${local} "${v}" is longer than ${limit} characters`));
    }
  }

  // Resource ids and strings.
  const resources = new Map<string, XmlElement>();
  for (const e of [...all(root, 'Image'), ...all(root, 'Url'), ...all(root, 'String')]) if (e.attributes.id) resources.set(e.attributes.id, e);
  for (const id of resources.keys()) if (id.length > LIMITS.resid) problems.push(problem(`资源 id ${id} 超过 ${LIMITS.resid} 个字符`, `resource id ${id} is longer than ${LIMITS.resid} characters`));
  for (const e of walk(root)) {
    const resid = e.attributes.resid;
    if (resid && !resources.has(resid)) problems.push(problem(`resid ${resid} 未定义`, `resid ${resid} is not defined`));
  }
  for (const [group, limit] of [['ShortStrings', LIMITS.shortString], ['LongStrings', LIMITS.longString]] as const) {
    for (const s of all(root, group).flatMap((g) => all(g, 'String'))) {
      for (const v of [s.attributes.DefaultValue, ...s.children.map((c) => c.attributes.Value)]) {
        if ((v ?? '').length > limit) problems.push(problem(`${s.attributes.id}:「${v}」超过 ${limit} 个字符`, `${s.attributes.id}: "${v}" is longer than ${limit} characters`));
      }
    }
  }

  // The base: the task pane page's folder.
  const source = all(all(root, 'DefaultSettings')[0] ?? root, 'SourceLocation')[0]?.attributes.DefaultValue ?? '';
  const base = /^https:\/\/.+\/[^/]*$/.test(source) ? source.slice(0, source.lastIndexOf('/')) : null;
  report.base = base;
  if (!base) {
    problems.push(problem(`SourceLocation「${source}」不是 https 地址`, `SourceLocation "${source}" is not an https URL`));
    return report;
  }
  if (options.expectedBase && base !== options.expectedBase) {
    problems.push(problem(`清单是为 ${base} 生成的,而不是 ${options.expectedBase}:用 ADDIN_ORIGIN=${options.expectedBase} npm run build 重新生成`, `the manifest was built for ${base}, not ${options.expectedBase}: rebuild with ADDIN_ORIGIN=${options.expectedBase} npm run build`));
  }
  const dev = new URL(base).hostname === 'localhost';

  // Every URL: https, on the base, a file that exists; the AppDomain is the base's origin.
  for (const e of walk(root)) {
    const values = Object.entries(e.attributes).filter(([k, v]) => (k === 'DefaultValue' || k === 'Value') && isUrl(v)).map(([, v]) => v);
    if (e.local === 'AppDomain') {
      if (e.text.trim() !== new URL(base).origin) problems.push(problem(`AppDomain ${e.text.trim()} 应为 ${new URL(base).origin}`, `AppDomain ${e.text.trim()} should be ${new URL(base).origin}`));
      continue;
    }
    for (const url of values) {
      report.urls++;
      const file = fileOf(dir, base, url);
      if (!url.startsWith('https://')) problems.push(problem(`${url} 不是 https`, `${url} is not https`));
      if (!file) problems.push(problem(`${url} 不在 ${base} 上`, `${url} is not on ${base}`));
      else if (!isFile(file)) problems.push(problem(`${url} 指向的文件 ${file.slice(dir.length + 1)} 不存在`, `${url} names ${file.slice(dir.length + 1)}, which is missing`));
    }
  }
  if (!dev && xml.includes('localhost')) problems.push(problem('清单中仍有 localhost', 'the manifest still names localhost'));

  // Icons: each image of the stated size.
  const iconChecks: [string, number][] = [];
  for (const img of all(root, 'Image')) {
    const m = /(\d+)x(\d+)$/.exec(img.attributes.id ?? '');
    if (m && img.attributes.DefaultValue) iconChecks.push([img.attributes.DefaultValue, Number(m[1])]);
  }
  const iconUrl = all(root, 'IconUrl')[0]?.attributes.DefaultValue;
  const highRes = all(root, 'HighResolutionIconUrl')[0]?.attributes.DefaultValue;
  if (!iconUrl || !highRes) problems.push(problem('缺少 IconUrl 或 HighResolutionIconUrl', 'no IconUrl or HighResolutionIconUrl'));
  if (iconUrl) iconChecks.push([iconUrl, 32]);
  if (highRes) iconChecks.push([highRes, 64]);
  for (const img of all(root, 'Icon').flatMap((i) => i.children)) {
    const target = resources.get(img.attributes.resid ?? '');
    if (target?.attributes.DefaultValue && img.attributes.size) iconChecks.push([target.attributes.DefaultValue, Number(img.attributes.size)]);
  }
  const sizes = new Set<number>();
  for (const [url, size] of [...iconChecks, [`${base}/${STORE_ICON.file}`, STORE_ICON.size] as [string, number]]) {
    const file = fileOf(dir, base, url);
    if (!file || !isFile(file)) {
      if (url.endsWith(STORE_ICON.file)) problems.push(problem(`缺少 ${STORE_ICON.size}×${STORE_ICON.size} 的商店图标 ${STORE_ICON.file}`, `the ${STORE_ICON.size}×${STORE_ICON.size} store icon ${STORE_ICON.file} is missing`));
      continue;
    }
    const got = pngSize(readFileSync(file));
    if (!got) problems.push(problem(`${url} 不是 PNG`, `${url} is not a PNG`));
    else if (got.width !== size || got.height !== size) problems.push(problem(`${url} 为 ${got.width}×${got.height},应为 ${size}×${size}`, `${url} is ${got.width}×${got.height}, not ${size}×${size}`));
    else sizes.add(size);
  }
  report.icons = [...sizes].sort((a, b) => a - b);

  // The pages, the SupportUrl among them.
  const support = all(root, 'SupportUrl')[0]?.attributes.DefaultValue;
  if (support !== `${base}/support.html`) problems.push(problem(`SupportUrl 应为 ${base}/support.html`, `SupportUrl should be ${base}/support.html`));
  for (const page of REQUIRED_PAGES) if (!isFile(join(dir, page))) problems.push(problem(`缺少页面 ${page}`, `the page ${page} is missing`));

  // Every HTML page and script: absolute URLs on the base (Office.js excepted), relative ones present.
  for (const name of readdirSync(dir).filter((n) => /\.(html|js|json|css)$/.test(n))) {
    const body = readFileSync(join(dir, name), 'utf8');
    if (!dev && body.includes('localhost')) problems.push(problem(`${name} 中仍有 localhost`, `${name} still names localhost`));
    if (!name.endsWith('.html')) continue;
    const links = pageLinks(body);
    for (const url of links.absolute) {
      if (url !== OFFICE_JS && !url.startsWith(`${base}/`)) problems.push(problem(`${name}:${url} 不在 ${base} 上`, `${name}: ${url} is not on ${base}`));
    }
    for (const rel of links.relative) {
      const path = decodeURIComponent(rel.split('#')[0].split('?')[0]);
      if (path && !isFile(join(dir, path))) problems.push(problem(`${name}:链接的 ${path} 不存在`, `${name}: the linked ${path} is missing`));
    }
  }

  // The custom functions metadata: the default file and every language's override.
  const point = [...walk(root)].find((e) => e.local === 'ExtensionPoint' && e.attributes['xsi:type'] === 'CustomFunctions');
  const metadataId = point && all(all(point, 'Metadata')[0] ?? point, 'SourceLocation')[0]?.attributes.resid;
  const metadataUrl = metadataId ? resources.get(metadataId) : undefined;
  if (!metadataUrl) {
    problems.push(problem('清单没有声明自定义函数的元数据', 'the manifest declares no custom functions metadata'));
    return report;
  }
  const helpFile = join(dir, 'help.html');
  const anchors = isFile(helpFile) ? new Set([...readFileSync(helpFile, 'utf8').matchAll(/\bid="([^"]+)"/g)].map((m) => m[1])) : null;
  const ids = { first: null as string[] | null, file: null as string | null };
  const urls = [metadataUrl.attributes.DefaultValue, ...metadataUrl.children.map((c) => c.attributes.Value)];
  for (const url of [...new Set(urls)]) checkMetadataFile(dir, base, url, report, ids, anchors);
  return report;
}
