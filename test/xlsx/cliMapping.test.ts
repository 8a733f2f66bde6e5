import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { SheetSnapshot } from '../../core/layout';
import { MethodError } from '../../core/errors';
import { parseArgs } from '../../xlsx/args';
import { accountSummary, exportDeals, salesforceReportSheet } from '../support/exportWorkbooks';
import { zhTracker } from '../layout/fixtures';
import { pcss } from '../support/commandLine';
import { workbookFile } from './xlsxHost';

async function file(name: string, ...sheets: SheetSnapshot[]): Promise<{ dir: string; path: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'pcss-map-'));
  const path = join(dir, name);
  await workbookFile({ sheets }, path);
  return { dir, path };
}

const deals = exportDeals(120, 21);
const pipeline = salesforceReportSheet(deals, 'Pipeline');
const withoutColumn = (sheet: SheetSnapshot, col: number): SheetSnapshot => ({ ...sheet, rows: sheet.rows.map((r) => r?.filter((_, c) => c !== col)) });

describe('pcss prints the list and columns it used, and warns of what is missing', () => {
  it('prints every field of an English CRM export with its column and header, and warns of nothing', async () => {
    const { path } = await file('export.xlsx', accountSummary('Pipeline', deals, { withResults: false }), pipeline);
    const r = pcss(['apply', path, '--date', '2027-01-04', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Opportunity list: "Pipeline" (headers on row 1), 120 opportunities');
    expect(r.stdout).toMatch(/opportunity +← C "Opportunity Name"/);
    expect(r.stdout).toMatch(/rep +← A "Opportunity Owner"/);
    expect(r.stdout).toMatch(/amount +← E "Amount"/);
    expect(r.stdout).toMatch(/expectedClose +← G "Close Date"/);
    expect(r.stdout).toContain('Opportunities added: 120');
    expect(r.stderr).toBe('');
  }, 120_000);

  it('says the amount was not found and what that costs, and warns on stderr, for apply and funnel', async () => {
    const { path } = await file('no-amount.xlsx', withoutColumn(pipeline, 4));
    for (const command of ['apply', 'funnel']) {
      const r = pcss([command, path, '--lang', 'en']);
      expect({ command, code: r.code }).toEqual({ command, code: 0 });
      expect(r.stdout).toMatch(/amount +← not found: the forecast is 0/);
      const warnings = r.stderr.trim().split('\n');
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/^! no amount column in the opportunity list "Pipeline": the forecast is 0.* \/ .*未找到金额列/);
    }
  }, 120_000);

  it('says the rep was not found in Chinese first for a Chinese list, and warns on stderr', async () => {
    const { path } = await file('无销售.xlsx', withoutColumn(zhTracker(10), 2));
    const r = pcss(['funnel', path]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/销售人员 rep +← 未找到:没有按销售人员的视图/);
    expect(r.stderr).toMatch(/^! 机会列表“销售机会跟踪”中未找到销售人员列.* \/ no rep column/);
  }, 120_000);
});

describe('pcss --sheet and --map choose the list and columns', () => {
  const q1: SheetSnapshot = { ...zhTracker(40, 31), name: 'Q1' };
  const q2: SheetSnapshot = { ...zhTracker(30, 32), name: 'Q2' };

  it('names both lists when two are alike, and takes the one --sheet names', async () => {
    const { path } = await file('two.xlsx', q2, q1);
    const detected = pcss(['funnel', path]);
    expect(detected.stdout).toContain('机会列表:“Q1”(第 3 行表头),40 个机会');
    expect(detected.stderr).toMatch(/有两个列表都像机会列表:已使用 “Q1”.*另一个是 “Q2”/);
    const chosen = pcss(['funnel', path, '--sheet', 'Q2']);
    expect(chosen.code).toBe(0);
    expect(chosen.stdout).toContain('机会列表:“Q2”(第 3 行表头),30 个机会');
    expect(chosen.stderr).toBe('');
  }, 120_000);

  it('takes the column --map names for a field, and another list\'s header row for it', async () => {
    const { dir, path } = await file('export.xlsx', pipeline);
    const r = pcss(['apply', path, '--map', 'amount=Probability (%)', '--map', 'rep=', '--date', '2027-01-04']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/amount +← F "Probability \(%\)"/);
    expect(r.stdout).toMatch(/rep +← not found: no per-rep view/);
    expect(r.stderr).toMatch(/no rep column/);
    expect(existsSync(join(dir, 'export-pcss.xlsx'))).toBe(true);
  }, 120_000);

  it.each([
    ['a sheet that does not exist', ['--sheet', 'Pipline'], /没有名为“Pipline”的工作表;现有工作表:"Pipeline" \/ there is no sheet named "Pipline"; the sheets are: "Pipeline"$/],
    ['a header that does not exist', ['--map', 'amount=Revenue'], /has no "Revenue" \(for amount\); its headers are: "Opportunity Owner", "Account Name", "Opportunity Name", "Stage", "Amount"/],
    ['a field that does not exist', ['--map', 'revenue=Amount'], /unknown field "revenue"; fields: opportunity, customer, rep, amount, expectedClose, stage/],
  ])('refuses %s: exit 2, one bilingual line listing what exists, nothing written', async (_, options, message) => {
    const { dir, path } = await file('export.xlsx', pipeline);
    const before = readFileSync(path);
    for (const command of ['apply', 'funnel']) {
      const r = pcss([command, path, ...options]);
      expect({ command, code: r.code }).toEqual({ command, code: 2 });
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(message);
      expect(lines[0]).toMatch(/[\u4e00-\u9fff].* \/ .*[a-z]/);
      expect(r.stdout).toBe('');
    }
    expect(readdirSync(dir)).toEqual(['export.xlsx']);
    expect(readFileSync(path).equals(before)).toBe(true);
  }, 120_000);
});

describe('parsing --sheet and --map', () => {
  const usage = (argv: string[]) => {
    try {
      parseArgs(argv);
    } catch (e) {
      if (e instanceof MethodError) return e.params.detail;
      throw e;
    }
    throw new Error('expected a usage error');
  };

  it('takes --map more than once, field names in English or Chinese, an empty header for none', () => {
    expect(parseArgs(['apply', 'a.xlsx', '--sheet', 'Deals', '--map', 'amount=Est. Revenue', '--map=销售人员=Owner', '--map', 'expected-close=', '--map', 'stage=Deal - Stage'])).toMatchObject({
      choice: { sheet: 'Deals', columns: { amount: 'Est. Revenue', rep: 'Owner', expectedClose: null, stage: 'Deal - Stage' } },
    });
    expect(parseArgs(['funnel', 'a.xlsx', '--sheet', '汇总'])).toMatchObject({ kind: 'funnel', choice: { sheet: '汇总' } });
    expect(parseArgs(['apply', 'a.xlsx'])).not.toHaveProperty('choice');
  });

  it('refuses a --map without "=", a field given twice, an unknown field and an empty --sheet', () => {
    expect(usage(['apply', 'a.xlsx', '--map', 'Amount'])).toMatch(/--map takes field=Header, not Amount/);
    expect(usage(['apply', 'a.xlsx', '--map', 'rep=A', '--map', 'owner=B'])).toMatch(/rep is given twice/);
    expect(usage(['apply', 'a.xlsx', '--map', 'revenue=Amount'])).toMatch(/unknown field "revenue"/);
    expect(usage(['apply', 'a.xlsx', '--sheet', ' '])).toMatch(/--sheet needs a sheet name/);
  });
});
