import * as fs from 'fs';
import { tmpdir } from 'os';
import { join, relative } from 'path';
import { MethodError } from '../../core/errors';
import { COMMANDS, OPTIONS, parseArgs } from '../../xlsx/args';
import { HELP } from '../../xlsx/help';

function workbook(): { dir: string; file: string } {
  const dir = fs.mkdtempSync(join(tmpdir(), 'pcss-args-'));
  const file = join(dir, 'team.xlsx');
  fs.writeFileSync(file, 'workbook');
  return { dir, file };
}

function usageError(argv: string[]): MethodError {
  try {
    parseArgs(argv);
  } catch (e) {
    if (e instanceof MethodError) return e;
    throw e;
  }
  throw new Error('expected a usage error');
}

describe('--out naming the input itself', () => {
  it.each([
    ['the same path', (file: string) => file],
    ['the same path spelled differently', (file: string) => join(file, '..', '.', 'team.xlsx')],
    ['the same path, relative', (file: string) => relative(process.cwd(), file)],
    ['a symlink to it', (file: string) => { const link = join(file, '..', 'link.xlsx'); fs.symlinkSync(file, link); return link; }],
    ['a hard link to it', (file: string) => { const link = join(file, '..', 'hard.xlsx'); fs.linkSync(file, link); return link; }],
  ])('is refused without --in-place when it is %s', (_, name) => {
    const { file } = workbook();
    const e = usageError(['apply', file, '--out', name(file)]);
    expect(e.code).toBe('USAGE');
    expect(e.params.detail).toMatch(/is the input file itself .*add --in-place/);
    expect(e.zh).toContain('命令用法有误');
    expect(e.en).toContain('wrong usage');
  });

  it('is accepted for another file, existing or not', () => {
    const { dir, file } = workbook();
    fs.writeFileSync(join(dir, 'copy.xlsx'), 'workbook');
    expect(parseArgs(['apply', file, '--out', join(dir, 'copy.xlsx')])).toMatchObject({ output: join(dir, 'copy.xlsx'), inPlace: false });
    expect(parseArgs(['apply', file, '--out', join(dir, 'new.xlsx')])).toMatchObject({ output: join(dir, 'new.xlsx') });
  });

  it('still leaves --in-place as the way to update the file itself', () => {
    const { file } = workbook();
    expect(parseArgs(['apply', file, '--in-place'])).toMatchObject({ input: file, output: file, inPlace: true });
  });
});

describe('each command takes its own options', () => {
  it.each([
    [['funnel', 'x.xlsx', '--out', 'y.xlsx'], '--out', 'funnel'],
    [['funnel', 'x.xlsx', '--in-place'], '--in-place', 'funnel'],
    [['funnel', 'x.xlsx', '--date', '2027-01-04'], '--date', 'funnel'],
    [['coach', 'x.xlsx', '--period', '2027-Q1'], '--period', 'coach'],
    [['coach', 'x.xlsx', '--sheet', 'Deals'], '--sheet', 'coach'],
  ])('refuses %j, naming the option and the options the command takes', (argv, option, command) => {
    const e = usageError(argv);
    expect(e.code).toBe('CLI_OPTION_NOT_FOR_COMMAND');
    expect(e.zh).toContain(`${option} 不适用于 pcss ${command}`);
    expect(e.en).toContain(`${option} does not apply to pcss ${command}`);
    expect(e.en).toMatch(/--rep/);
  });

  it('takes the options each command declares', () => {
    expect(parseArgs(['coach', 'x.xlsx', '--rep', '丁磊', '--lang', 'en'])).toEqual({ kind: 'coach', input: 'x.xlsx', rep: '丁磊', lang: 'en' });
    expect(parseArgs(['funnel', 'x.xlsx', '--rep=王芳', '--period', '2027-Q1'])).toMatchObject({ kind: 'funnel', inputs: ['x.xlsx'], rep: '王芳', periods: [{ key: '2027-Q1' }] });
  });

  it('takes several workbooks for funnel, and one only for apply and coach', () => {
    expect(parseArgs(['funnel', 'a.xlsx', 'b.xlsx', 'teams/'])).toMatchObject({ kind: 'funnel', inputs: ['a.xlsx', 'b.xlsx', 'teams/'] });
    expect(usageError(['apply', 'a.xlsx', 'b.xlsx']).params.detail).toMatch(/unexpected b\.xlsx/);
    expect(usageError(['coach', 'a.xlsx', 'b.xlsx']).params.detail).toMatch(/unexpected b\.xlsx/);
  });

  it('refuses an option given twice, and a value given to a flag', () => {
    expect(usageError(['funnel', 'x.xlsx', '--rep', 'a', '--rep', 'b']).params.detail).toMatch(/--rep is given twice/);
    expect(usageError(['apply', 'x.xlsx', '--in-place=yes']).params.detail).toMatch(/--in-place takes no value/);
  });

  it.each([
    [['apply', 'x.xlsx', '--in-place', '--out', 'y.xlsx'], '不能同时使用'],
    [['funnel', 'x.xlsx', '--lang', 'fr'], '应为 zh 或 en'],
    [['frobnicate', 'x.xlsx'], '未知命令'],
    [['funnel', 'x.xlsx', '--map', 'budget=预算'], '未知字段'],
    [['apply'], '需要一个输入的 .xlsx 文件'],
  ])('says what is wrong with %j in Chinese in the Chinese half, in English in the English one', (argv, zh) => {
    const e = usageError(argv);
    expect(e.code).toBe('USAGE');
    expect(e.zh).toContain(zh);
    expect(e.zh).not.toContain(String(e.params.detail));
    expect(e.en).toContain(String(e.params.detail));
  });

  it('answers --version and -V, with or without a command', () => {
    expect(parseArgs(['--version'])).toEqual({ kind: 'version' });
    expect(parseArgs(['-V'])).toEqual({ kind: 'version' });
    expect(parseArgs(['funnel', 'x.xlsx', '-V'])).toEqual({ kind: 'version' });
  });
});

describe('--date', () => {
  it.each(['2027-13-45', '2027-02-29', '2027-04-31', '2027-00-10', '27-01-04', '2027-1-4', 'today'])('refuses %s, in both languages', (date) => {
    const e = usageError(['apply', 'x.xlsx', '--date', date]);
    expect(e.code).toBe('CLI_DATE_INVALID');
    expect(e.zh).toContain(`--date “${date}” 不是日期`);
    expect(e.en).toContain(`--date "${date}" is not a date`);
  });

  it.each(['2028-02-29', '2027-12-31', '2027-01-01'])('takes %s', (date) => {
    expect(parseArgs(['apply', 'x.xlsx', '--date', date])).toMatchObject({ date });
  });
});

describe('pcss --help', () => {
  it('names every command and every option it declares, in Chinese then in English', () => {
    const english = HELP.indexOf('Usage:');
    const [zh, en] = [HELP.slice(0, english), HELP.slice(english)];
    for (const half of [zh, en]) {
      for (const command of Object.keys(COMMANDS)) expect(half).toContain(`pcss ${command} <`);
      for (const option of Object.keys(OPTIONS)) expect(half).toContain(option);
      expect(half).toContain('--version');
    }
  });
});
