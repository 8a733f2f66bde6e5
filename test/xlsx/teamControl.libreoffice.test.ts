/**
 * Issue 18, recalculated by LibreOffice: workbooks set up by `pcss apply`, then typed over — team
 * ratings (numbers, text, out of range), role-play dates, grades, briefs, ticks and statuses — and
 * applied again. LibreOffice's suggested groups, mix, control figures and statuses are core's.
 * Skipped with a notice without soffice.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { FIRST_DATA_ROW, MS, findOurTabs } from '../../core/layout';
import { CONTROL, CONTROL_POINTS, CONTROL_STATUS, controlFigures, controlStatus } from '../../core/layout/controlTab';
import { TEAM, TEAM_MIX, groupLabel, teamMix } from '../../core/layout/teamTab';
import { TEAM_GROUPS } from '../../core/methodology/teamTraits';
import { openPackage } from '../../xlsx/read/openPackage';
import { runApply } from '../../xlsx/run';
import { computeWithLibreOffice, csvNumber, findSoffice } from './libreoffice';
import { workbookFile } from './xlsxHost';

const soffice = findSoffice();
const maybe = soffice ? describe : describe.skip;
if (!soffice) console.warn('LibreOffice (soffice) not found: the team design and control point LibreOffice checks are skipped. Install libreoffice-calc to run them.');

const HEADERS = ['机会名称', '客户名称', '销售人员', '合同金额', '预计签约日期', '阶段'];
const RUN_DAY = (Date.UTC(2027, 0, 11) - Date.UTC(1899, 11, 30)) / 86_400_000;
const rating = fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 1, max: 5 }) }, { weight: 1, arbitrary: fc.constantFrom<ExcelJS.CellValue>(null, 0, 6, 2.5, '3', 'x') });

async function typedBook(dir: string, seed: number): Promise<string> {
  const [tracker, team, levels, grades, briefs] = fc.sample(
    fc.tuple(
      fc.array(fc.tuple(fc.constantFrom('ERP', 'CRM', 'MES'), fc.constantFrom('华东精密', '华北重工', 'Acme'), fc.constantFrom('李明', '张伟', 'Ann')), { minLength: 4, maxLength: 8 }),
      fc.array(fc.tuple(fc.array(rating, { minLength: 5, maxLength: 5 }), fc.option(fc.integer({ min: RUN_DAY - 30, max: RUN_DAY }), { nil: null })), { minLength: 5, maxLength: 8 }),
      fc.array(fc.constantFrom(0, 5, 8, 13), { minLength: 2, maxLength: 4 }),
      fc.array(fc.tuple(fc.constantFrom<ExcelJS.CellValue>('高', '低', null), fc.constantFrom<ExcelJS.CellValue>('高', '低', null)), { minLength: 2, maxLength: 3 }),
      fc.array(fc.nat(7), { maxLength: 3 }),
    ),
    { numRuns: 1, seed },
  )[0];
  const input = join(dir, `in-${seed}.xlsx`);
  const file = join(dir, `book${seed}.xlsx`);
  await workbookFile({ sheets: [{ name: '跟踪', rows: [HEADERS, ...tracker.map(([o, c, r], i) => [`${o}${i}`, c, r, 1000, null, i === 1 ? '赢单' : null])], tables: [] }] }, input);
  await runApply({ input, output: file, date: '2027-01-04' });

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  const ms = wb.getWorksheet('里程碑')!;
  for (let r = FIRST_DATA_ROW; r < FIRST_DATA_ROW + tracker.length; r++) {
    const upTo = levels[(r - FIRST_DATA_ROW) % levels.length];
    for (let k = 0; k < upTo; k++) ms.getCell(r + 1, MS.checklist + k + 1).value = true;
  }
  const grading = wb.getWorksheet('客户分级')!;
  for (let r = FIRST_DATA_ROW; r < FIRST_DATA_ROW + 3; r++) {
    const [rel, att] = grades[(r - FIRST_DATA_ROW) % grades.length];
    grading.getCell(r + 1, 2).value = rel;
    grading.getCell(r + 1, 3).value = att;
  }
  const brief = wb.getWorksheet('关键机会简报')!;
  briefs.forEach((k, i) => {
    const [o, c] = tracker[k % tracker.length];
    brief.getCell(FIRST_DATA_ROW + i + 1, 1).value = `${o}${k % tracker.length}`;
    brief.getCell(FIRST_DATA_ROW + i + 1, 2).value = c;
  });
  const sheet = wb.getWorksheet('团队设计')!;
  team.forEach(([ratings, day], i) => {
    const row = FIRST_DATA_ROW + i + 1;
    if (sheet.getCell(row, TEAM.rep + 1).value === null) sheet.getCell(row, TEAM.rep + 1).value = `新人${i}`;
    ratings.forEach((v, k) => (sheet.getCell(row, TEAM.firstTrait + k + 1).value = v));
    sheet.getCell(row, TEAM.lastRolePlay + 1).value = day;
  });
  writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  await runApply({ input: file, output: file, date: '2027-01-11' });
  return file;
}

function same(lo: string | undefined, core: unknown, what: string): void {
  if (typeof core === 'number') {
    if (csvNumber(lo ?? '') !== core) throw new Error(`${what}: LibreOffice ${JSON.stringify(lo)}, core ${core}`);
  } else if ((lo ?? '') !== String(core ?? '')) throw new Error(`${what}: LibreOffice ${JSON.stringify(lo)}, core ${JSON.stringify(core)}`);
}

maybe('team design and control points: LibreOffice recalculates what core computes', () => {
  it('the suggested groups, the mix, each control figure and its status, on typed workbooks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pcss-lo-team-'));
    const files: string[] = [];
    for (const seed of [18, 1818, 4711]) files.push(await typedBook(dir, seed));
    const computed = computeWithLibreOffice(soffice!, files, { recalculate: true });
    // Not a vacuous agreement: groups suggested and points overdue somewhere in the sample.
    const seen = { groups: 0, overdue: 0 };
    for (const file of files) {
      const { snapshot } = openPackage(readFileSync(file), file);
      const sheets = computed.get(file)!;
      const team = findOurTabs(snapshot).get('team')!.sheet;
      const lo = sheets.get(team.name)!;
      for (let r = FIRST_DATA_ROW; r < team.rows.length; r++) {
        const cells = team.rows[r] ?? [];
        if (cells[TEAM.group] === undefined || cells[TEAM.group] === null) continue;
        same(lo[r]?.[TEAM.group], groupLabel(cells as unknown[], 'zh'), `${file} 团队设计 R${r + 1}`);
        if (groupLabel(cells as unknown[], 'zh') !== '') seen.groups++;
      }
      const mix = teamMix(team, 'zh');
      TEAM_GROUPS.forEach((g, k) => same(lo[TEAM_MIX.headerRow + 1 + k]?.[TEAM_MIX.col + 1], mix[k], `${file} mix of ${g.zh}`));
      const control = sheets.get(findOurTabs(snapshot).get('control')!.sheet.name)!;
      const figures = controlFigures(snapshot, 'zh');
      CONTROL_POINTS.forEach((p, i) => {
        const figure = figures[p.key];
        const status = controlStatus(figure);
        if (status === 'overdue') seen.overdue++;
        same(control[FIRST_DATA_ROW + i]?.[CONTROL.figure], figure ?? '', `${file} ${p.key}`);
        same(control[FIRST_DATA_ROW + i]?.[CONTROL.status], status === null ? '' : CONTROL_STATUS[status].zh, `${file} status of ${p.key}`);
      });
    }
    expect(seen.groups).toBeGreaterThan(0);
    expect(seen.overdue).toBeGreaterThan(0);
  }, 300_000);
});
