/**
 * 管理控制点 Control points (methodology.md §6, "key control points of the management system"):
 * the manager's cadence as one line per point, each with a figure the workbook computes by native
 * formula where its data allow, and 完成 done / 逾期 overdue. `controlFigures` is the same count
 * in core (test/layout/controlTab.hyperformula.test.ts checks the two agree).
 *
 * Our readings, where the course is not specific (README "Control points"): a key opportunity is
 * an open one whose customer is graded 重点客户 on the grading tab; "within two weeks" is a
 * role-play dated no more than 14 days before the run's date (the milestone tab's AS_OF_CELL);
 * whether the manager joined a key opportunity from opportunity to proposal is recorded by no
 * column, so that point's status is the manager's to set.
 *
 * The figures read the milestone, grading, brief and team tabs down to the brief's bound (its C1,
 * tabBounds.ts): the grading, brief and team tabs hold a row per customer, key opportunity or rep,
 * no more than the milestone tab's rows and their blank rows. Every host reads the brief, not the
 * control tab (Sheets only knows it exists), so a set-up that moves the brief's bound writes the
 * figures again; while it holds, nothing is written.
 */
import type { Bilingual, Lang } from '../methodology/bilingual';
import { CUSTOMER_GRADES } from '../methodology/customerGrades';
import { sheetText, sheetTrim } from '../cells/cellValue';
import { cellRef, onSheet, rangeRef } from './a1';
import type { ColumnSpec, LayoutContext } from './columns';
import { isOpenStatus } from './dealStatus';
import { rowLevel } from './levelFunnel';
import { AS_OF_CELL, MS } from './milestonesTab';
import type { PlanBuilder } from './planBuilder';
import { closeDay } from '../cells/calendar';
import { cellFormula, cellValue, rowValues } from './snapshotCell';
import { isCountedRow } from './tabRules';
import type { TabBound } from './tabBounds';
import { FIRST_DATA_ROW, findOurTabs, type OurTab, type TabKind } from './tabs';
import { TEAM } from './teamTab';
import { BRIEFED_ON } from './briefTab';
import type { PlanCell, SheetSnapshot, SnapshotCell, WorkbookSnapshot } from './types';

/** Days within which every rep should have had a role-play (the course: 两周 two weeks). */
export const ROLE_PLAY_DAYS = 14;

export type ControlKey = 'listed' | 'graded' | 'milestones' | 'brief' | 'joined' | 'rolePlay';

export interface ControlPoint extends Bilingual {
  readonly key: ControlKey;
  readonly how: Bilingual;
}

export const CONTROL_POINTS: readonly ControlPoint[] = [
  {
    key: 'listed',
    zh: '客户名单:每个机会的客户都已列入客户分级',
    en: "Customer list: every opportunity's customer is on the grading tab",
    how: { zh: '客户不在客户分级表上的进行中机会数(按客户名称)', en: 'Open opportunities whose customer is not on the grading tab (by name)' },
  },
  {
    key: 'graded',
    zh: '客户分级:每个客户都已评定等级',
    en: 'Customer grading: every customer graded',
    how: { zh: '客户分级表上尚无客户等级的客户数', en: 'Customers on the grading tab without a grade' },
  },
  {
    key: 'milestones',
    zh: '里程碑工作表:每个机会都按里程碑分级',
    en: 'Milestone worksheet: every opportunity graded by milestone',
    how: { zh: '里程碑表上尚未达到M1的进行中机会数', en: 'Open opportunities on the milestone tab not yet at M1' },
  },
  {
    key: 'brief',
    zh: '关键机会简报:每个重点机会都有简报(问题、原因、愿景、下一步)',
    en: 'Key opportunity brief for each key opportunity (pain, cause, vision, next steps)',
    // The set-up lists key opportunities on the brief by itself (briefTab.ts): a row is no brief until its rep dates it.
    how: { zh: '客户等级为重点客户的进行中机会中,简报表上没有该机会(名称与客户)填了简报日期的行的数量', en: 'Open opportunities of customers graded key with no row (name and customer) on the brief tab that has its Briefed on date' },
  },
  {
    key: 'joined',
    zh: '经理参与重点机会:从机会到方案,有针对性地拜访',
    en: 'The manager joins key opportunities from opportunity to proposal, with targeted visits',
    how: { zh: '工作簿中没有记录此项的列:状态由经理选择', en: 'No column of the workbook records it: the manager sets the status' },
  },
  {
    key: 'rolePlay',
    zh: '两周内与每位销售人员做一次角色扮演',
    en: 'A role-play with every rep within two weeks',
    how: {
      zh: '团队设计表上最近角色扮演为空或早于运行日期(里程碑表)14天以上的销售人员数',
      en: "Reps on the team tab whose last role-play is blank or more than 14 days before the run's date (milestone tab)",
    },
  },
];

export const CONTROL_STATUS = { done: { zh: '完成', en: 'Done' }, overdue: { zh: '逾期', en: 'Overdue' } } as const;

export const CONTROL = { point: 0, figure: 1, status: 2, how: 3 } as const;

export const CONTROL_COLUMNS: readonly ColumnSpec[] = [
  { header: { zh: '控制点', en: 'Control point' }, width: 46 },
  // A count: SUMPRODUCT gives a whole number, which needs no format (one call fewer in Sheets).
  { header: { zh: '数量', en: 'Figure' }, width: 10 },
  { header: { zh: '状态', en: 'Status' }, width: 10 },
  { header: { zh: '如何计算', en: 'How it is counted' }, width: 70 },
];

function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

const keyGrade = (lang: Lang) => CUSTOMER_GRADES.find((g) => g.key === 'key')![lang];

/** Each figure's formula over the tabs' data rows down to `bottom`; "=" and MATCH on TRIM, as controlFigures reads them. */
function figureFormulas(ctx: LayoutContext, bottom: number): Record<Exclude<ControlKey, 'joined'>, string> {
  const col = (tab: TabKind, c: number) => onSheet(ctx.tabs[tab], rangeRef({ top: FIRST_DATA_ROW, bottom, left: c, right: c }, true));
  const trim = (tab: TabKind, c: number) => `TRIM(${col(tab, c)})`;
  const open = `(${col('milestones', MS.inForecast)}=1)`;
  const customer = trim('milestones', MS.customer);
  const asOf = onSheet(ctx.tabs.milestones, cellRef(AS_OF_CELL.row, AS_OF_CELL.col, true));
  const lastRolePlay = col('team', TEAM.lastRolePlay);
  return {
    listed: `SUMPRODUCT(${open}*(${customer}<>"")*ISNA(MATCH(${customer},${trim('grading', 0)},0)))`,
    graded: `SUMPRODUCT((${trim('grading', 0)}<>"")*(${col('grading', 3)}=""))`,
    milestones: `SUMPRODUCT(${open}*(${col('milestones', MS.level)}=0))`,
    brief:
      `SUMPRODUCT(${open}*(${customer}<>"")*ISNUMBER(MATCH(${customer}&${quoted(`|${keyGrade(ctx.lang)}`)},${trim('grading', 0)}&"|"&${col('grading', 3)},0))` +
      `*ISNA(MATCH(${trim('milestones', MS.opportunity)}&"|"&${customer}&"|1",${trim('brief', 0)}&"|"&${trim('brief', 1)}&"|"&((${trim('brief', BRIEFED_ON)}<>"")*1),0)))`,
    rolePlay: `SUMPRODUCT((${trim('team', TEAM.rep)}<>"")*(ISNUMBER(${lastRolePlay})*(${lastRolePlay}>=${asOf}-${ROLE_PLAY_DAYS})=0))`,
  };
}

/**
 * 管理控制点: written when the tab is missing; the manager's status of the manual point is theirs
 * afterwards. `bound`: the brief's, as this set-up leaves it; when it moved, the figures (and the
 * status and how of each point beside them) are written again, the manual point's row left alone.
 * `firstSetUp`: no tab of ours existed, so the plan's rows are all the figures count.
 */
export function planControlTab(plan: PlanBuilder, existing: OurTab | undefined, bound: TabBound, firstSetUp = false): void {
  const { ctx } = plan;
  const { lang } = ctx;
  const sheet = ctx.tabs.control;
  if (existing && !bound.moved) return;
  if (!existing) plan.newTab('control', CONTROL_COLUMNS);
  const figures = figureFormulas(ctx, bound.bottom);
  // Their cached results where core knows them: on a first set-up (else left to the engine).
  const known = firstSetUp ? firstFigures(plan) : {};
  const first = FIRST_DATA_ROW;
  const values = CONTROL_POINTS.map((p, i): PlanCell[] => {
    const row = first + i;
    const status = `IF(${cellRef(row, CONTROL.figure)}=0,${quoted(CONTROL_STATUS.done[lang])},${quoted(CONTROL_STATUS.overdue[lang])})`;
    const n = known[p.key];
    return p.key === 'joined' ? [p[lang], null, null, p.how[lang]] : [p[lang], { formula: figures[p.key], result: n }, { formula: status, result: n === undefined ? n : CONTROL_STATUS[n ? 'overdue' : 'done'][lang] }, p.how[lang]];
  });
  const manual = first + CONTROL_POINTS.findIndex((p) => p.key === 'joined');
  if (existing) {
    // The points' figures, statuses and how, above and below the manual point's row.
    const cols = (from: number, to: number) => ({ sheet, row: first + from, col: CONTROL.figure, values: values.slice(from, to).map((v) => v.slice(CONTROL.figure)) });
    plan.writes.push(cols(0, manual - first), cols(manual - first + 1, values.length));
    return;
  }
  plan.writes.push({ sheet, row: first, col: 0, values });
  plan.validations.push({ sheet, range: { top: manual, bottom: manual, left: CONTROL.status, right: CONTROL.status }, rule: { kind: 'list', values: [CONTROL_STATUS.done[lang], CONTROL_STATUS.overdue[lang]] } });
}

/**
 * The figures of a first set-up, from the rows it writes (controlFigures over the written
 * workbook, where nothing is graded, ticked, briefed or role-played yet: every open deal is at
 * M0, no customer is graded key, no rep's role-play is dated): the formulas' cached results.
 */
function firstFigures(plan: PlanBuilder): Partial<Record<ControlKey, number>> {
  const { tabs } = plan.ctx;
  // Column c of the rows the plan writes on a tab, as the formulas compare them: on a first set-up, the milestone
  // tab's rows are one block from its first data row, as its in-forecast column's results.
  const col = (sheet: string, c: number) => plan.writes.flatMap((w) => (w.sheet === sheet && w.row >= FIRST_DATA_ROW && !w.col ? w.values.map((r) => key(r[c])) : []));
  const open = plan.fills.find((f) => f.sheet === tabs.milestones && f.col === MS.inForecast)?.results ?? [];
  const customers = col(tabs.grading, 0).filter((c) => c);
  const listed = new Set(customers);
  return {
    listed: col(tabs.milestones, MS.customer).filter((c, i) => open[i] === 1 && c && !listed.has(c)).length,
    graded: customers.length,
    milestones: open.filter((v) => v === 1).length,
    brief: 0,
    rolePlay: col(tabs.team, TEAM.rep).filter((r) => r).length,
  };
}

/** Text as the formulas compare it: TRIM, case ignored ("=" and MATCH ignore case). */
function key(value: unknown): string {
  return sheetTrim(sheetText(value)).toLowerCase();
}

/** A cell `c="" ` holds: empty, or empty text. */
function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '';
}

/** The grade cell as the sheet shows it: the grading formula's result for the row's 关系 and 吸引力 (gradingTab.gradeFormula), else what is there. */
function gradeShown(row: readonly SnapshotCell[], lang: Lang): string {
  const cell = row[3] ?? null;
  if (cellFormula(cell) === null) return isEmpty(cellValue(cell)) ? '' : sheetText(cellValue(cell));
  const r = cellValue(row[1] ?? null);
  const a = cellValue(row[2] ?? null);
  if (isEmpty(r) || isEmpty(a)) return '';
  const high = (v: unknown) => typeof v === 'string' && ['高', 'high'].includes(v.toLowerCase());
  const grade = high(r) ? (high(a) ? 'key' : 'ordinary') : high(a) ? 'possible' : 'ignore';
  return CUSTOMER_GRADES.find((g) => g.key === grade)![lang];
}

function dataRows(sheet: SheetSnapshot | undefined): readonly SnapshotCell[][] {
  if (!sheet) return [];
  const out: SnapshotCell[][] = [];
  for (let r = FIRST_DATA_ROW; r < sheet.rows.length; r++) out.push((sheet.rows[r] ?? []) as SnapshotCell[]);
  return out;
}

/**
 * The figures the control tab's formulas compute, from the same cells: the milestone tab's level
 * and in-forecast by core's rules (tabRules.ts), the grade by the grading tab's rule, the run's
 * date from the milestone tab. The manual point has no figure (null).
 */
export function controlFigures(snapshot: WorkbookSnapshot, lang: Lang): Record<ControlKey, number | null> {
  const ours = findOurTabs(snapshot);
  const milestones = dataRows(ours.get('milestones')?.sheet).map((row) => rowValues(row));
  const grading = dataRows(ours.get('grading')?.sheet);
  const brief = dataRows(ours.get('brief')?.sheet);
  const team = dataRows(ours.get('team')?.sheet);
  const open = milestones.filter((v) => isCountedRow(v) && isOpenStatus(v[MS.status]));
  const customers = new Set(grading.map((r) => key(cellValue(r[0] ?? null))));
  const graded = new Set(grading.map((r) => `${key(cellValue(r[0] ?? null))}|${gradeShown(r, lang).toLowerCase()}`));
  const briefed = new Set(brief.filter((r) => key(cellValue(r[BRIEFED_ON] ?? null)) !== '').map((r) => `${key(cellValue(r[0] ?? null))}|${key(cellValue(r[1] ?? null))}`));
  const asOfCell = cellValue(ours.get('milestones')?.sheet.rows[AS_OF_CELL.row]?.[AS_OF_CELL.col] ?? null);
  const asOf = isEmpty(asOfCell) ? 0 : closeDay(asOfCell);
  const withCustomer = open.filter((v) => key(v[MS.customer]) !== '');
  return {
    listed: withCustomer.filter((v) => !customers.has(key(v[MS.customer]))).length,
    graded: grading.filter((r) => key(cellValue(r[0] ?? null)) !== '' && gradeShown(r, lang) === '').length,
    milestones: open.filter((v) => rowLevel(v, 'checklist') === 0).length,
    brief: withCustomer.filter((v) => graded.has(`${key(v[MS.customer])}|${keyGrade(lang).toLowerCase()}`) && !briefed.has(`${key(v[MS.opportunity])}|${key(v[MS.customer])}`)).length,
    joined: null,
    rolePlay:
      asOf === null
        ? null
        : team.filter((r) => {
            if (key(cellValue(r[TEAM.rep] ?? null)) === '') return false;
            const day = closeDay(cellValue(r[TEAM.lastRolePlay] ?? null));
            return day === null || day < asOf - ROLE_PLAY_DAYS;
          }).length,
  };
}

/** The status a figure shows: done at 0, else overdue (null: the manager's to set). */
export function controlStatus(figure: number | null): keyof typeof CONTROL_STATUS | null {
  return figure === null ? null : figure === 0 ? 'done' : 'overdue';
}
