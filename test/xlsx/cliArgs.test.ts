import * as fs from 'fs';
import { tmpdir } from 'os';
import { join, relative } from 'path';
import { MethodError } from '../../core/errors';
import { parseArgs } from '../../xlsx/args';

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
