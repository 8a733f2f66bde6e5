/**
 * Issue 18's columns recalculated by LibreOffice: a workbook set up by `pcss apply`, typed over
 * (visits with and without signals, names in another case or with spaces, a date typed as text,
 * a brief naming one decision maker, Power levels, key accounts with an intended frequency),
 * applied again. LibreOffice's signal counts, latest signal days, flags, Power checks, role
 * coverage and visit frequencies are core's. Skipped with a notice without soffice.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { FIRST_DATA_ROW, IN, MS, cellValue, findOurTabs, inputColumn, runDay, type SnapshotCell } from '../../core/layout';
import { milestoneLevel } from '../../core/checklist';
import { readTabTicks } from '../../core/layout/tabRules';
import { isOpenStatus } from '../../core/layout/dealStatus';
import { levelOption, rubricScore } from '../../core/rubric';
import { RUBRICS, signalsOf } from '../../core/methodology';
import { NO_SIGNALS, SIGNALS_AHEAD, signalSummaries, signalsAhead, visitDealKey } from '../../core/buyingSignalRules';
import { roleCoverage } from '../../core/buyingRoleRules';
import { FREQUENCY_STATUS, frequencyStatus, recentVisits } from '../../core/accountTriangle';
import { MSX, VISIT, readVisits, signalOption } from '../../core/layout/signalColumns';
import { BRIEF, namedDecisionMakers, powerCheckValue } from '../../core/layout/roleColumns';
import { GRADE } from '../../core/layout/triangleColumns';
import { openPackage } from '../../xlsx/read/openPackage';
import { runApply } from '../../xlsx/run';
import { computeWithLibreOffice, findSoffice, sameAsCore } from './libreoffice';
import { workbookFile } from './xlsxHost';
import { dayIso } from '../../core/cells/calendar';

const soffice = findSoffice();
const maybe = soffice ? describe : describe.skip;
if (!soffice) console.warn('LibreOffice (soffice) not found: the issue 18 LibreOffice checks are skipped. Install libreoffice-calc to run them.');

const HEADERS = ['机会名称', '客户名称', '销售人员', '合同金额', '预计签约日期', '阶段'];
const RUN = '2027-01-11';
const AS_OF = runDay(RUN);


maybe('issue 18: LibreOffice recalculates the signal, role and triangle columns as core computes them', () => {
  it('on a typed workbook applied twice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pcss-lo-18-'));
    const input = join(dir, 'in.xlsx');
    const file = join(dir, 'book.xlsx');
    const opps = ['机会0', '机会1', 'Ann*', '机会3', '机会4', '机会5'];
    const customers = ['客户0', '客户1', '客户2', '客户3', '客户4', '客户5'];
    const stages = ['', '', '', '赢单', '', ''];
    await workbookFile({ sheets: [{ name: '跟踪', rows: [HEADERS, ...opps.map((o, i): SnapshotCell[] => [o, customers[i], i % 2 ? '李明' : '张伟', 1000 * (i + 1), null, stages[i]])], tables: [] }] }, input);
    await runApply({ input, output: file, date: '2027-01-04' });

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    const put = (sheet: string, r: number, c: number, v: unknown) => (wb.getWorksheet(sheet)!.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue);
    const price = signalOption(signalsOf('words')[0], 'zh');
    const nod = signalOption(signalsOf('body')[0], 'zh');
    const day = (d: number) => new Date(Date.UTC(1899, 11, 30) + d * 86_400_000);
    const visits: [unknown, string, string, unknown, unknown][] = [
      [day(AS_OF - 40), '客户0', '机会0', price, null],
      [day(AS_OF - 5), ' 客户0', '机会0 ', null, nod],
      [day(AS_OF - 2), '客户0', '机会0', null, null],
      ['2027-01-10', '客户1', '机会1', price, null],
      [day(AS_OF - 1), '客户2', 'ann*', price, nod],
      [day(AS_OF - 3), '客户2', 'Ann', price, null],
      [day(AS_OF), '客户3', '机会3', price, null],
      [day(AS_OF - 29), '客户4', '', null, null],
    ];
    visits.forEach(([d, c, o, body, words], i) => {
      put('客户访问日报', FIRST_DATA_ROW + i, VISIT.date, d);
      put('客户访问日报', FIRST_DATA_ROW + i, VISIT.customer, c);
      put('客户访问日报', FIRST_DATA_ROW + i, VISIT.opportunity, o);
      put('客户访问日报', FIRST_DATA_ROW + i, VISIT.firstSignal + 1, words === null ? null : words);
      put('客户访问日报', FIRST_DATA_ROW + i, VISIT.firstSignal + 2, body === null ? null : body);
    });
    put('关键机会简报', FIRST_DATA_ROW, BRIEF.opportunity, '机会1');
    put('关键机会简报', FIRST_DATA_ROW, BRIEF.customer, '客户1');
    put('关键机会简报', FIRST_DATA_ROW, BRIEF.decisionMaker, '王总');
    put('关键机会简报', FIRST_DATA_ROW, BRIEF.firstRole, '采购小李');
    for (let k = 0; k < 13; k++) put('里程碑', FIRST_DATA_ROW + 2, MS.checklist + k, true);
    [4, 4, 7, null, 3, 0].forEach((l, i) => put('销售强度', FIRST_DATA_ROW + i, inputColumn('power', 'level'), l === null ? null : levelOption(RUBRICS.power[l], 'zh')));
    [['高', '高', 2], ['高', '高', 1], ['高', '低', 1], ['high', 'High', 0], ['高', '高', null]].forEach(([rel, attr, intended], i) => {
      put('客户分级', FIRST_DATA_ROW + i, 1, rel);
      put('客户分级', FIRST_DATA_ROW + i, 2, attr);
      put('客户分级', FIRST_DATA_ROW + i, GRADE.intended, intended);
    });
    writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
    await runApply({ input: file, output: file, date: RUN });

    const computed = computeWithLibreOffice(soffice!, [file], { recalculate: true }).get(file)!;
    const { snapshot } = openPackage(readFileSync(file), file);
    const ours = findOurTabs(snapshot);
    const typed = readVisits(ours.get('visits')!.sheet);
    const summaries = signalSummaries(typed);
    const named = namedDecisionMakers(ours.get('brief')!.sheet, visitDealKey);
    const ms = ours.get('milestones')!.sheet;
    for (let i = 0; i < opps.length; i++) {
      const r = FIRST_DATA_ROW + i;
      const cells = (ms.rows[r] ?? []).map(cellValue);
      const s = summaries.get(visitDealKey(cells[MS.opportunity], cells[MS.customer])) ?? NO_SIGNALS;
      sameAsCore(computed.get('里程碑')![r]?.[MSX.signalVisits], s.count, `signal visits of ${opps[i]}`);
      // The column's date format: LibreOffice writes the day as the tab shows it.
      sameAsCore(computed.get('里程碑')![r]?.[MSX.lastSignal], s.latest === '' ? '' : dayIso(s.latest), `latest signal of ${opps[i]}`);
      const ahead = signalsAhead(milestoneLevel(readTabTicks(cells).verified), isOpenStatus(cells[MS.status]) ? 1 : 0, s.count);
      sameAsCore(computed.get('里程碑')![r]?.[MSX.signalsAhead], ahead ? SIGNALS_AHEAD.zh : '', `signal flag of ${opps[i]}`);
      const level = (ours.get('intensity')!.sheet.rows[r] ?? [])[inputColumn('power', 'level')];
      const power = level === null || level === undefined ? 0 : rubricScore('power', cellValue(level));
      sameAsCore(computed.get('销售强度')![r]?.[IN.powerCheck], powerCheckValue(power, named.has(visitDealKey(opps[i], customers[i])), { lang: 'zh', tabs: {} as never }), `Power check of ${opps[i]}`);
    }
    // The counts are what the sample was written to show: two signal visits of 机会0, none of 机会1's text date, Ann* not ann*'s.
    sameAsCore(computed.get('里程碑')![FIRST_DATA_ROW]?.[MSX.signalVisits], 2, 'the sample: 机会0');
    sameAsCore(computed.get('里程碑')![FIRST_DATA_ROW + 2]?.[MSX.signalVisits], 1, 'the sample: Ann*');
    const grading = ours.get('grading')!.sheet;
    for (let i = 0; i < 5; i++) {
      const r = FIRST_DATA_ROW + i;
      const cells = (grading.rows[r] ?? []).map(cellValue);
      const actual = recentVisits(typed, cells[GRADE.customer], AS_OF);
      sameAsCore(computed.get('客户分级')![r]?.[GRADE.actual], actual, `visits of ${String(cells[0])}`);
      const status = frequencyStatus(computed.get('客户分级')![r]?.[GRADE.grade], cells[GRADE.intended], actual);
      sameAsCore(computed.get('客户分级')![r]?.[GRADE.status], status === '' ? '' : FREQUENCY_STATUS[status].zh, `frequency of ${String(cells[0])}`);
    }
    const brief = ours.get('brief')!.sheet.rows[FIRST_DATA_ROW] ?? [];
    sameAsCore(computed.get('关键机会简报')![FIRST_DATA_ROW]?.[BRIEF.coverage], roleCoverage([brief[BRIEF.decisionMaker], brief[BRIEF.firstRole]].map(cellValue)), 'roles covered');
    // Below the typed row, the set-up lists the key opportunity (Ann*, ticked to M3), no role named yet; then blank rows.
    const listed = ours.get('brief')!.sheet.rows[FIRST_DATA_ROW + 1] ?? [];
    expect(cellValue(listed[BRIEF.opportunity] ?? null)).toBe(opps[2]);
    sameAsCore(computed.get('关键机会简报')![FIRST_DATA_ROW + 1]?.[BRIEF.coverage], roleCoverage([listed[BRIEF.decisionMaker], listed[BRIEF.firstRole]].map(cellValue)), 'roles of a listed key opportunity');
    sameAsCore(computed.get('关键机会简报')![FIRST_DATA_ROW + 2]?.[BRIEF.coverage], '', 'a blank brief row');
  }, 300_000);
});
