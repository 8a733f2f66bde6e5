import { spawnSync } from 'child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { packageVersion } from '../../scripts/functions/generate';
import { manifestFor, manifestVersion } from '../../scripts/functions/manifest';
import { DEV_ORIGIN, parseAddinBase } from '../../scripts/functions/origin';
import { encodePng, drawIcon } from '../../scripts/icons';
import { checkExcelSite } from '../../scripts/validate/excelSite';
import { ROOT, ensureBuilt } from './buildOnce';

const EXAMPLE = 'https://addins.example.com/pcss';
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const version = manifestVersion(packageVersion());

function run(script: string, args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, [TSX, script, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 });
}

/** Every file under a folder, relative. */
function files(dir: string, under = ''): string[] {
  return readdirSync(join(dir, under)).flatMap((n) => (statSync(join(dir, under, n)).isDirectory() ? files(dir, join(under, n)) : [join(under, n)]));
}

/** Every absolute http(s) URL in a text. */
function urlsIn(text: string): string[] {
  return [...text.matchAll(/https?:\/\/\w[^\s"'<>)]*/g)].map((m) => m[0]);
}

describe('ADDIN_ORIGIN', () => {
  it('is the dev server’s origin when unset or blank', () => {
    expect(parseAddinBase(undefined)).toBe(DEV_ORIGIN);
    expect(parseAddinBase('  ')).toBe(DEV_ORIGIN);
  });

  it('takes an https origin, with or without a path, and drops a trailing slash', () => {
    expect(parseAddinBase('https://addins.example.com/pcss/')).toBe(EXAMPLE);
    expect(parseAddinBase('https://ADDINS.example.com')).toBe('https://addins.example.com');
    expect(parseAddinBase('https://intranet.corp:8443/office/pcss')).toBe('https://intranet.corp:8443/office/pcss');
  });

  it('refuses an http origin, in both languages', () => {
    expect(() => parseAddinBase('http://addins.example.com/pcss')).toThrow(/不是 https 地址[\s\S]*is not https/);
  });

  it('refuses what is not an https URL, or one with credentials, a query or a fragment', () => {
    for (const bad of ['addins.example.com', 'ftp://addins.example.com', 'https://user:pw@addins.example.com', 'https://addins.example.com/pcss?v=1', 'https://addins.example.com/#x']) {
      expect(() => parseAddinBase(bad)).toThrow(/ADDIN_ORIGIN/);
    }
  });

  it('stops the build of an http origin with exit code 1, writing nothing', () => {
    const out = mkdtempSync(join(tmpdir(), 'pcss-http-'));
    const result = run('scripts/functions/generate.ts', ['--excel-out', out], { ADDIN_ORIGIN: 'http://addins.example.com/pcss' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('不是 https 地址');
    expect(result.stderr).toContain('is not https');
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('the manifest version', () => {
  it('follows package.json: 1.2.3 → 1.2.3.0', () => {
    expect(manifestVersion('1.2.3')).toBe('1.2.3.0');
    expect(() => manifestVersion('1.2.3-beta.1')).toThrow(/major\.minor\.patch/);
  });

  it('moves every development URL and sets the version, nothing else', () => {
    const dev = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
    const team = manifestFor(dev, EXAMPLE, '2.0.1.0');
    expect(team).toContain('<Version>2.0.1.0</Version>');
    expect(team).toContain('<AppDomain>https://addins.example.com</AppDomain>');
    expect(team).not.toContain('localhost');
    expect(team.split(`${EXAMPLE}/`).length).toBe(dev.split(`${DEV_ORIGIN}/`).length);
  });
});

describe(`a build for ${EXAMPLE}`, () => {
  const site = mkdtempSync(join(tmpdir(), 'pcss-team-'));

  beforeAll(() => {
    ensureBuilt();
    // webpack's output is the same for every origin; the build for one is generate.ts's part.
    for (const name of ['functions.js', 'taskpane.js', 'workbook.js', 'taskpane.html', 'pane.css', 'assets']) {
      cpSync(join(ROOT, 'dist/excel-addin', name), join(site, name), { recursive: true });
    }
    const result = run('scripts/functions/generate.ts', ['--excel-out', site], { ADDIN_ORIGIN: `${EXAMPLE}/` });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  }, 180_000);
  afterAll(() => rmSync(site, { recursive: true, force: true }));

  it('passes every offline check of npm run validate', () => {
    const report = checkExcelSite(site, { expectedBase: EXAMPLE, version });
    expect(report.problems).toEqual([]);
    expect(report.base).toBe(EXAMPLE);
    expect(report.metadataFiles).toEqual(['functions.json', 'functions-zh-cn.json', 'functions-zh-tw.json']);
    expect(report.icons).toEqual([16, 32, 64, 80, 300]);
  });

  it('has every URL of the manifest, the metadata and the pages on that origin, and none on localhost', () => {
    const texts = files(site).filter((f) => /\.(xml|json|html)$/.test(f));
    expect(texts).toEqual(expect.arrayContaining(['manifest.xml', 'functions.json', 'functions-zh-tw.json', 'support.html', 'privacy.html', 'help.html', 'taskpane.html']));
    let count = 0;
    for (const file of texts) {
      const text = readFileSync(join(site, file), 'utf8');
      for (const url of urlsIn(text)) {
        count++;
        const allowed = url.startsWith(`${EXAMPLE}/`) || url === 'https://addins.example.com' || url === 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js' || /^https?:\/\/schemas\.microsoft\.com\/|^http:\/\/www\.w3\.org\//.test(url);
        expect({ file, url, allowed }).toEqual({ file, url, allowed: true });
      }
    }
    expect(count).toBeGreaterThan(40);
    for (const file of files(site).filter((f) => !f.endsWith('.png'))) expect({ file, localhost: readFileSync(join(site, file), 'utf8').includes('localhost') }).toEqual({ file, localhost: false });
  });

  it('points SupportUrl at the support page and keeps the manifest version at package.json’s', () => {
    const manifest = readFileSync(join(site, 'manifest.xml'), 'utf8');
    expect(manifest).toContain(`<SupportUrl DefaultValue="${EXAMPLE}/support.html"/>`);
    expect(manifest).toContain(`<Version>${version}</Version>`);
  });

  it('ships support and privacy pages that name what is read and written, in Chinese and English', () => {
    const support = readFileSync(join(site, 'support.html'), 'utf8');
    const privacy = readFileSync(join(site, 'privacy.html'), 'utf8');
    for (const page of [support, privacy]) {
      expect(page).toContain(packageVersion());
      for (const words of ['读取', '写入', '这一个工作簿', '遥测', 'reads', 'writes', 'the one workbook', 'telemetry']) expect(page).toContain(words);
    }
    expect(support).toMatch(/报告问题[\s\S]*Reporting a problem/);
    expect(privacy).toContain('spreadsheets.currentonly');
    expect(privacy).toMatch(/No data leaves the workbook/);
  });

  describe('npm run validate', () => {
    function tampered(change: (dir: string) => void): string[] {
      const copy = mkdtempSync(join(tmpdir(), 'pcss-bad-'));
      cpSync(site, copy, { recursive: true });
      change(copy);
      const problems = checkExcelSite(copy, { expectedBase: EXAMPLE, version }).problems.map((p) => p.en);
      rmSync(copy, { recursive: true, force: true });
      return problems;
    }
    const edit = (dir: string, file: string, from: string | RegExp, to: string) => writeFileSync(join(dir, file), readFileSync(join(dir, file), 'utf8').replace(from, to));

    it('finds a URL left on another origin, in the manifest, the metadata or a page', () => {
      expect(tampered((d) => edit(d, 'manifest.xml', `${EXAMPLE}/assets/icon-80.png`, 'https://other.example.org/assets/icon-80.png'))).toEqual([expect.stringMatching(/^https:\/\/other\.example\.org\/assets\/icon-80\.png is not on/)]);
      expect(tampered((d) => edit(d, 'functions-zh-tw.json', `${EXAMPLE}/help.html`, 'https://localhost:3000/help.html'))).toEqual(expect.arrayContaining([expect.stringMatching(/helpUrl .* is not on/), expect.stringMatching(/still names localhost/)]));
      expect(tampered((d) => edit(d, 'support.html', '</body>', '<script src="https://cdn.example.net/x.js"></script></body>'))).toEqual([expect.stringMatching(/support\.html: https:\/\/cdn\.example\.net\/x\.js is not on/)]);
    });

    it('finds an icon of the wrong size, a missing page or store icon, and a version not package.json’s', () => {
      expect(tampered((d) => writeFileSync(join(d, 'assets/icon-32.png'), encodePng(16, drawIcon(16))))).toEqual(expect.arrayContaining([expect.stringMatching(/icon-32\.png is 16×16, not 32×32/)]));
      expect(tampered((d) => rmSync(join(d, 'privacy.html')))).toEqual(expect.arrayContaining([expect.stringMatching(/privacy\.html is missing/)]));
      expect(tampered((d) => rmSync(join(d, 'assets/icon-300.png')))).toEqual([expect.stringMatching(/300×300 store icon/)]);
      expect(tampered((d) => edit(d, 'manifest.xml', `<Version>${version}</Version>`, '<Version>9.9.9.9</Version>'))).toEqual([expect.stringMatching(/Version is 9\.9\.9\.9/)]);
    });

    it('finds metadata whose ids differ between languages, or an undefined resid', () => {
      expect(
        tampered((d) => {
          const data = JSON.parse(readFileSync(join(d, 'functions-zh-tw.json'), 'utf8'));
          data.functions.pop();
          writeFileSync(join(d, 'functions-zh-tw.json'), JSON.stringify(data));
        }),
      ).toEqual([expect.stringMatching(/functions-zh-tw\.json does not have the same function ids/)]);
      expect(tampered((d) => edit(d, 'manifest.xml', '<Label resid="Group.Label"/>', '<Label resid="Group.Missing"/>'))).toEqual([expect.stringMatching(/resid Group\.Missing is not defined/)]);
    });

    it('refuses a build for another origin than ADDIN_ORIGIN, and says when the online check is skipped', () => {
      const wrong = run('scripts/validate.ts', ['--dir', site], { ADDIN_ORIGIN: 'https://elsewhere.example.com', PCSS_OFFLINE: '1' });
      expect(wrong.status).toBe(1);
      expect(wrong.stderr).toContain('rebuild with ADDIN_ORIGIN=https://elsewhere.example.com');
      const ok = run('scripts/validate.ts', ['--dir', site], { ADDIN_ORIGIN: EXAMPLE, PCSS_OFFLINE: '1' });
      expect(ok.stderr).toBe('');
      expect(ok.stdout).toContain('passed the offline checks');
      expect(ok.stdout).toMatch(/Notice: Microsoft's online manifest check \(office-addin-manifest validate\) skipped/);
      expect(ok.status).toBe(0);
    }, 120_000);
  });
});

