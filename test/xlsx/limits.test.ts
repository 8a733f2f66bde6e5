/**
 * Issue 10: reading is bounded. Files of a few KB past Excel's limits (rows, columns, cell
 * length), a zip bomb, a package missing a declared part and a file that is no zip are each
 * refused in about a second, in bounded memory, with exit code 1 and one bilingual line, and
 * nothing is written beside them. The limits are Excel's own, not one short: the largest row,
 * the last column and the longest text Excel allows still go through. Cell text printed to the
 * terminal has its control characters made visible.
 *
 * runApply runs in a child process (test/xlsx/corpus/applyInChild.ts) so a host that hangs or
 * eats memory on one of these files fails its test instead of taking the runner down.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { ChildResult } from './corpus/applyInChild';
import { trackerWorkbook, zipBomb } from './corpus/broken';

const ROOT = join(__dirname, '../..');
const CHILD = join(__dirname, 'corpus/applyInChild.ts');
/** "About a second", with room for a slow CI machine. */
const REFUSE_MS = 3000;
/** Peak memory of the whole child process (Node, tsx and the host's code take ~70 MB). */
const BOUNDED_MB = 250;
const HAN = /[\u4e00-\u9fff]/;

function inChild(command: 'apply' | 'funnel', input: string, output = `${input}.out.xlsx`): ChildResult {
  const r = spawnSync(process.execPath, ['-r', 'tsx/cjs', CHILD, command, input, output], { cwd: ROOT, encoding: 'utf8', timeout: 60_000, maxBuffer: 1 << 24 });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  if (!line.startsWith('{')) throw new Error(`the run did not finish (${r.signal ?? `exit ${r.status}`}): ${r.stderr.slice(0, 800)}`);
  return JSON.parse(line) as ChildResult;
}

function pcss(args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/pcss.js'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000, maxBuffer: 1 << 24 });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

function fileIn(bytes: Buffer, name = 'team.xlsx'): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'pcss-limit-'));
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return { dir, file };
}

const LONG = 'x'.repeat(32_768);
const LONGEST = '长'.repeat(32_767);

type Build = () => Buffer | Promise<Buffer>;
let bomb: Promise<Buffer> | null = null;
let hiddenBomb: Promise<Buffer> | null = null;

const REFUSED: [string, Build, string[]][] = [
  ['a row numbered 2 000 000 000', () => trackerWorkbook({ extraRows: (s) => `<row r="2000000000"><c r="A2000000000" t="s"><v>${s.add('远方的机会')}</v></c></row>` }), ['FILE_LIMIT']],
  ['a row numbered 1 048 577', () => trackerWorkbook({ extraRows: (s) => `<row r="1048577"><c r="A1048577" t="s"><v>${s.add('第 1048577 行')}</v></c></row>` }), ['FILE_LIMIT']],
  ['a cell in a column beyond XFD (XFE1)', () => trackerWorkbook({ headerExtra: (s) => `<c r="XFE1" t="s"><v>${s.add('备注')}</v></c>` }), ['FILE_LIMIT']],
  ['a shared string of 32 768 characters', () => trackerWorkbook({ firstOpportunity: LONG }), ['FILE_LIMIT']],
  ['an inline string of 32 768 characters', () => trackerWorkbook({ firstOpportunityInline: LONG }), ['FILE_LIMIT']],
  ['a sheet part inflating to 300 MB (a zip bomb of 300 KB)', () => (bomb ??= zipBomb(300)), ['FILE_LIMIT']],
  ['a zip bomb whose headers claim its part is 4 KB', () => (hiddenBomb ??= zipBomb(300, true)), ['FILE_CORRUPT']],
  ['a sheet declared in the workbook but missing from the zip', () => trackerWorkbook({ missingSheets: 1 }), ['FILE_PART_MISSING']],
  ['a file that is not a zip', () => Buffer.from('机会名称,客户名称,销售人员,合同金额\nERP 升级,华东电力,李明,120000\n'), ['FILE_NOT_XLSX']],
];

describe('runApply refuses, in about a second and bounded memory, writing nothing', () => {
  it.each(REFUSED)('%s', async (title, build, codes) => {
    const bytes = await build();
    // A few KB each; the bombs a few hundred.
    expect(bytes.length).toBeLessThan(/zip bomb/.test(title) ? 400_000 : 16_000);
    const { dir, file } = fileIn(bytes);
    const r = inChild('apply', file, join(dir, 'result.xlsx'));
    expect(r.ok).toBe(false);
    expect(codes).toContain(r.code);
    expect(r.zh).toMatch(HAN);
    expect(r.en).toMatch(/\b(is|not|the)\b/);
    expect(r.ms).toBeLessThan(REFUSE_MS);
    expect(r.maxRssMb).toBeLessThan(BOUNDED_MB);
    expect(readdirSync(dir)).toEqual(['team.xlsx']);
  }, 90_000);
});

const ACCEPTED: [string, Build][] = [
  ['a cell on row 1 048 576, the last row', () => trackerWorkbook({ extraRows: () => '<row r="1048576"><c r="H1048576"><v>1</v></c></row>' })],
  ['a cell in column XFD, the last column', () => trackerWorkbook({ headerExtra: (s) => `<c r="XFD1" t="s"><v>${s.add('备注')}</v></c>` })],
  ['a cell of 32 767 characters, the longest', () => trackerWorkbook({ firstOpportunity: LONGEST })],
];

describe('runApply accepts what Excel allows, right up to its limits', () => {
  it.each(ACCEPTED)('%s', async (_, build) => {
    const { dir, file } = fileIn(await build());
    const r = inChild('apply', file, join(dir, 'result.xlsx'));
    expect(r).toMatchObject({ ok: true, code: null });
    expect(readdirSync(dir).sort()).toEqual(['result.xlsx', 'team.xlsx']);
  }, 90_000);
});

describe('pcss refuses such files on the command line: exit 1, one line in Chinese and English, nothing written', () => {
  it.each([REFUSED[0], REFUSED[7]])('%s, for apply and for funnel', async (_, build) => {
    const { dir, file } = fileIn(await build());
    for (const command of ['apply', 'funnel']) {
      const r = pcss([command, file]);
      expect({ command, code: r.code, signal: r.signal }).toEqual({ command, code: 1, signal: null });
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(HAN);
      expect(lines[0]).toMatch(/ \/ .*[a-z]{3}/);
      expect(r.stdout).toBe('');
      expect(readdirSync(dir)).toEqual(['team.xlsx']);
    }
  }, 120_000);
});

describe('text from cells printed to the terminal', () => {
  it('has its control characters made visible: a rep named with ESC (_x001B_) never reaches the terminal raw', () => {
    const { dir, file } = fileIn(trackerWorkbook({ secondRep: '王芳\u001b[2J\u001b]0;pwned\u0007' }));
    const controls = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
    const funnel = pcss(['funnel', file]);
    expect(funnel.code).toBe(0);
    expect(funnel.stdout).toContain('王芳');
    expect(funnel.stdout).not.toMatch(controls);
    const apply = pcss(['apply', file, '--date', '2027-01-04']);
    expect(apply.code).toBe(0);
    expect(apply.stdout).toContain('王芳');
    expect(apply.stdout + apply.stderr).not.toMatch(controls);
    expect(readdirSync(dir).sort()).toEqual(['team-pcss.xlsx', 'team.xlsx']);
  }, 120_000);

  it('has its control characters made visible in an error that lists the sheet\'s headers (--map to a header that is not there)', () => {
    const { dir, file } = fileIn(trackerWorkbook({ headerExtra: (s) => `<c r="G1" t="s"><v>${s.add('备注\u001b[2J\u0007')}</v></c>` }));
    const r = pcss(['funnel', file, '--map', 'amount=没有这一列']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('备注␛[2J␇');
    expect(r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(readdirSync(dir)).toEqual(['team.xlsx']);
  }, 120_000);
});
