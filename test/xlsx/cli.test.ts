import { existsSync, readFileSync, readdirSync, writeFileSync } from 'fs';
import JSZip from 'jszip';
import { join } from 'path';
import { parseArgs } from '../../xlsx/args';
import { pcss, REPO_ROOT, SAMPLE_WORKBOOK, sampleCopy } from '../support/commandLine';
import { tempFolder } from '../support/files';

const tempDir = () => tempFolder('pcss-cli-');

describe('pcss command line', () => {
  it('prints help in Chinese then English', () => {
    const r = pcss(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout.indexOf('用法')).toBeGreaterThanOrEqual(0);
    expect(r.stdout.indexOf('Usage')).toBeGreaterThan(r.stdout.indexOf('用法'));
  });

  it('applies to a copy and leaves the input byte for byte as it was', () => {
    const { dir, file: input, before } = sampleCopy('pcss-cli-');
    const r = pcss(['apply', input, '--date', '2027-01-04']);
    expect(r.code).toBe(0);
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(existsSync(join(dir, 'team-pcss.xlsx'))).toBe(true);
    expect(r.stdout).toContain('team-pcss.xlsx');
    expect(r.stdout).toContain('M3 合格决策者');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('creates a missing output folder, as npm start needs on a fresh clone', () => {
    const dir = tempDir();
    const out = join(dir, 'not', 'yet', 'result.xlsx');
    const r = pcss(['apply', SAMPLE_WORKBOOK, '--out', out, '--date', '2027-01-04']);
    expect(r.code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  it('writes a real chart part with its drawing, relationships and content types', async () => {
    const dir = tempDir();
    const out = join(dir, 'out.xlsx');
    expect(pcss(['apply', SAMPLE_WORKBOOK, '--out', out, '--date', '2027-01-04']).code).toBe(0);
    // Twice: the second run must recreate, not duplicate, the chart.
    expect(pcss(['apply', out, '--in-place', '--date', '2027-01-05']).code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const charts = zip.file(/^xl\/charts\//).map((f) => f.name);
    expect(charts).toHaveLength(1);
    const drawings = zip.file(/^xl\/drawings\/[^/]+\.xml$/).map((f) => f.name);
    expect(drawings).toHaveLength(1);
    const chart = await zip.file(charts[0])!.async('string');
    expect(chart).toContain('<c:barDir val="bar"/>');
    expect(chart).toContain('<c:grouping val="stacked"/>');
    expect(chart).toContain('<a:noFill/>');
    const types = await zip.file('[Content_Types].xml')!.async('string');
    expect(types).toContain(`/${charts[0]}`);
    expect(types).toContain(`/${drawings[0]}`);
  });

  it('prints the funnel of a workbook without writing anything', () => {
    const { dir, file: input } = sampleCopy('pcss-cli-');
    const r = pcss(['funnel', input, '--rep', '王芳']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('王芳');
    expect(readdirSync(dir)).toEqual(['team.xlsx']);
  });

  it.each([
    ['a text file', Buffer.from('机会名称,客户名称\n'), /不是 \.xlsx 工作簿.*is not an \.xlsx workbook/],
    ['an encrypted workbook', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512), Buffer.from('EncryptedPackage', 'utf16le')]), /密码保护.*password-protected/],
    ['a truncated zip', readFileSync(SAMPLE_WORKBOOK).subarray(0, 3000), /已损坏.*damaged/],
  ])('refuses %s with one bilingual line, exit 1, nothing written', (_, bytes, message) => {
    const dir = tempDir();
    const input = join(dir, 'bad.xlsx');
    writeFileSync(input, bytes);
    const r = pcss(['apply', input]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(readdirSync(dir)).toEqual(['bad.xlsx']);
  });

  it('keeps a part of the user it does not know (a chart of theirs) byte for byte', async () => {
    const dir = tempDir();
    const input = join(dir, 'charted.xlsx');
    const zip = await JSZip.loadAsync(readFileSync(SAMPLE_WORKBOOK));
    const theirs = '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><!-- theirs --></c:chartSpace>';
    zip.file('xl/charts/chart1.xml', theirs);
    writeFileSync(input, await zip.generateAsync({ type: 'nodebuffer' }));
    const r = pcss(['apply', input, '--date', '2027-01-04']);
    expect(r.code).toBe(0);
    const out = await JSZip.loadAsync(readFileSync(join(dir, 'charted-pcss.xlsx')));
    expect(await out.file('xl/charts/chart1.xml')!.async('string')).toBe(theirs);
    expect(out.file(/^xl\/charts\//)).toHaveLength(2);
  });

  it('says a missing file is missing', () => {
    const r = pcss(['apply', '/nonexistent/team.xlsx']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/找不到文件.*file not found/);
  });
});

describe('pcss checks what it is given', () => {
  it('prints the version package.json declares, for --version and -V', () => {
    const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) {
      const r = pcss([flag]);
      expect(r.code).toBe(0);
      expect(r.stdout.trim()).toBe(`pcss ${version}`);
    }
  });

  it('refuses a --date that is no day of the calendar, in both languages, exit 2, nothing written', () => {
    const { dir, file: input, before } = sampleCopy('pcss-cli-');
    const r = pcss(['apply', input, '--date', '2027-13-45']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/--date “2027-13-45” 不是日期.* \/ --date "2027-13-45" is not a date/);
    expect(readdirSync(dir)).toEqual(['team.xlsx']);
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it('refuses an option the command does not take, exit 2', () => {
    const { dir, file: input } = sampleCopy('pcss-cli-');
    const r = pcss(['funnel', input, '--out', join(dir, 'x.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--out 不适用于 pcss funnel.*--out does not apply to pcss funnel/);
    expect(r.stdout).toBe('');
    expect(readdirSync(dir)).toEqual(['team.xlsx']);
  });

  it('explains a --lang other than the tabs\' instead of adding tabs in a second language: exit 2, nothing written', () => {
    const { dir, file: input, before } = sampleCopy('pcss-cli-');
    const r = pcss(['apply', input, '--lang', 'en', '--date', '2027-01-04']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/此工作簿已有中文表格.如“里程碑”..*请改用 --lang zh.* \/ this workbook already has its tabs in Chinese .*Use --lang zh, or leave --lang out/);
    expect(readdirSync(dir)).toEqual(['team.xlsx']);
    expect(readFileSync(input).equals(before)).toBe(true);
    // The same language, or none, is taken.
    expect(pcss(['apply', input, '--lang', 'zh', '--date', '2027-01-04']).code).toBe(0);
  });

  it('says a --rep that names nobody and lists the reps: funnel prints no empty funnel and exits 1', () => {
    const { dir, file: input } = sampleCopy('pcss-cli-');
    const r = pcss(['funnel', input, '--rep', 'Nobody']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^! 找不到销售人员“Nobody”;工作簿中的销售人员:李明, 张伟, 王芳, 刘洋, 许静, 丁磊 \/ no rep named "Nobody"/);
    expect(readdirSync(dir)).toEqual(['team.xlsx']);
    // Compared as the funnel compares reps: trimmed, case ignored.
    expect(pcss(['funnel', input, '--rep', ' 丁磊 ']).code).toBe(0);
  });

  it('says a --rep that names nobody on apply, and still writes it in the filter cell (exit 0)', () => {
    const { dir, file: input } = sampleCopy('pcss-cli-');
    const r = pcss(['apply', input, '--rep', 'Nobody', '--date', '2027-01-04']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/找不到销售人员“Nobody”.*no rep named "Nobody"; the reps in the workbook: 李明/);
    expect(existsSync(join(dir, 'team-pcss.xlsx'))).toBe(true);
  });
});

describe('argument parsing', () => {
  it('defaults the output beside the input', () => {
    expect(parseArgs(['apply', 'a/team.xlsx'])).toMatchObject({ kind: 'apply', output: 'a/team-pcss.xlsx', inPlace: false });
  });
  it('keeps a macro-enabled workbook macro-enabled (.xlsm in, .xlsm out)', () => {
    expect(parseArgs(['apply', 'a/team.XLSM'])).toMatchObject({ output: 'a/team-pcss.XLSM' });
  });
  it('writes in place only when asked', () => {
    expect(parseArgs(['apply', 'team.xlsx', '--in-place'])).toMatchObject({ output: 'team.xlsx', inPlace: true });
  });
  it.each([
    [['apply', 'x.xlsx', '--lang', 'fr'], /--lang/],
    [['apply', 'x.xlsx', '--in-place', '--out', 'y.xlsx'], /exclude/],
    [['frobnicate', 'x.xlsx'], /unknown command/],
    [['apply', 'x.xlsx', '--bogus'], /unknown option/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(message);
  });
});
