import { freeTableName } from './keyedTab';
import type { PlanBuilder } from './planBuilder';
import { CHECKLIST_COLUMNS, CHECKLIST_FIRST_ROW, CHECKLIST_HEADER_ROW, RUBRIC_COLUMNS, STALE_DAYS_COL, STALE_FIRST_ROW, STALE_HEADER_ROW, checklistRows, rubricRows, staleRows } from './rubricsTab';
import { STATUS_WORDS_HEADER_ROW } from './statusWords';
import { FIRST_DATA_ROW, HEADER_ROW } from './tabs';
import type { WorkbookSnapshot } from './types';

/*
 * How a set-up writes the rubric tab (rubricsTab.ts holds what is on it): the rubrics and the
 * checklist as tables, the stale thresholds, and (statusWords.ts) the status words below them.
 */

/** 评分标准: written once; it is reference data, and users may annotate it. */
export function planRubrics(plan: PlanBuilder, snapshot: WorkbookSnapshot): void {
  const { ctx } = plan;
  const sheet = ctx.tabs.rubrics;
  plan.newTab('rubrics', RUBRIC_COLUMNS);
  const rubric = rubricRows(ctx);
  plan.writes.push({ sheet, row: FIRST_DATA_ROW, col: 0, values: rubric });
  const rubricBottom = FIRST_DATA_ROW + rubric.length - 1;
  plan.tables.push({
    sheet,
    name: freeTableName('PCSS_Rubrics', snapshot, plan.tables),
    range: { top: HEADER_ROW, left: 0, bottom: rubricBottom, right: RUBRIC_COLUMNS.length - 1 },
    columns: RUBRIC_COLUMNS.map((c) => c.header[ctx.lang]),
    create: true,
  });
  const checklistHeader = CHECKLIST_COLUMNS.map((c) => c.header[ctx.lang]);
  const checklist = checklistRows(ctx);
  plan.writes.push({ sheet, row: CHECKLIST_HEADER_ROW, col: 0, values: [checklistHeader, ...checklist] });
  const checklistBottom = CHECKLIST_FIRST_ROW + checklist.length - 1;
  plan.tables.push({
    sheet,
    name: freeTableName('PCSS_Checklist', snapshot, plan.tables),
    range: { top: CHECKLIST_HEADER_ROW, left: 0, bottom: checklistBottom, right: CHECKLIST_COLUMNS.length - 1 },
    columns: checklistHeader,
    create: true,
  });
  plan.numberFormats.push({ sheet, range: { top: CHECKLIST_FIRST_ROW, bottom: checklistBottom, left: 3, right: 3 }, format: '0%' });
  planStaleTable(plan, sheet);
  const layout = plan.layouts[plan.layouts.length - 1];
  plan.layouts[plan.layouts.length - 1] = {
    ...layout,
    widths: RUBRIC_COLUMNS.map((c, i) => Math.max(c.width, CHECKLIST_COLUMNS[i]?.width ?? 0)).concat(CHECKLIST_COLUMNS.slice(RUBRIC_COLUMNS.length).map((c) => c.width)),
    headerRanges: [
      ...layout.headerRanges,
      { top: CHECKLIST_HEADER_ROW, bottom: CHECKLIST_HEADER_ROW, left: 0, right: CHECKLIST_COLUMNS.length - 1 },
      { top: STALE_HEADER_ROW, bottom: STALE_HEADER_ROW, left: 0, right: 1 },
      { top: STATUS_WORDS_HEADER_ROW, bottom: STATUS_WORDS_HEADER_ROW, left: 0, right: 1 },
    ],
  };
}

/** The 停滞天数 table below the checklist (rubricsTab.ts), whole numbers of days. */
export function planStaleTable(plan: PlanBuilder, sheet: string): void {
  const rows = staleRows(plan.ctx);
  plan.writes.push({ sheet, row: STALE_HEADER_ROW, col: 0, values: rows });
  const range = { top: STALE_FIRST_ROW, bottom: STALE_FIRST_ROW + rows.length - 2, left: STALE_DAYS_COL, right: STALE_DAYS_COL };
  plan.numberFormats.push({ sheet, range, format: '0' });
  plan.validations.push({ sheet, range, rule: { kind: 'wholeNumber', min: 0 } });
}
