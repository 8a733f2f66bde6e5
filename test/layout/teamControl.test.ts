import { AS_OF_CELL, FIRST_DATA_ROW, HEADER_ROW, applyPlan, cellRef, planSetup, type SnapshotCell, type WorkbookSnapshot } from '../../core/layout';
import { CONTROL, CONTROL_POINTS, CONTROL_STATUS } from '../../core/layout/controlTab';
import { PIPELINE_MIN_ROWS } from '../../core/layout/pipelineRows';
import { TEAM, TEAM_BLANK_ROWS, TEAM_COLUMNS, TEAM_MIX } from '../../core/layout/teamTab';
import { TEAM_GROUPS, TEAM_TRAITS } from '../../core/methodology/teamTraits';
import { ZH_HEADERS, sheetOf, workbook } from './fixtures';

const tracker = (rows: SnapshotCell[][]) => workbook({ name: 'T', rows: [ZH_HEADERS, ...rows], tables: [] });
const PIPELINE: SnapshotCell[][] = [
  ['ERP', '华东精密', '李明', 1000, null, null],
  ['CRM', '华北重工', '张伟', 2000, null, null],
  ['MES', '华东精密', '李明', 3000, null, null],
];

function typed(wb: WorkbookSnapshot, sheet: string, row: number, cells: Record<number, SnapshotCell>): WorkbookSnapshot {
  return {
    sheets: wb.sheets.map((s) => {
      if (s.name !== sheet) return s;
      const rows = [...s.rows] as SnapshotCell[][];
      const r = [...(rows[row] ?? [])];
      for (const [c, v] of Object.entries(cells)) r[Number(c)] = v;
      rows[row] = r;
      return { ...s, rows };
    }),
  };
}

describe('the team design tab', () => {
  it('has a row per rep of the pipeline, then blank rows to fill, the suggested group filled down over all of them', () => {
    const plan = planSetup(tracker(PIPELINE), { date: '2027-01-04' });
    const team = sheetOf(applyPlan(tracker(PIPELINE), plan), plan.tabs.team);
    expect(team.rows[HEADER_ROW]!.slice(0, TEAM_COLUMNS.length)).toEqual(['销售人员', ...TEAM_TRAITS.map((t) => t.zh), '建议分组', '最近角色扮演']);
    const reps = team.rows.slice(FIRST_DATA_ROW).map((r) => r?.[TEAM.rep] ?? null);
    expect(reps.slice(0, 2 + TEAM_BLANK_ROWS)).toEqual(['李明', '张伟', ...new Array(TEAM_BLANK_ROWS).fill(null)]);
    const fill = plan.fills.find((f) => f.sheet === plan.tabs.team && f.col === TEAM.group)!;
    expect([fill.top, fill.bottom]).toEqual([FIRST_DATA_ROW, FIRST_DATA_ROW + 1 + TEAM_BLANK_ROWS]);
    const ratings = plan.validations.find((v) => v.sheet === plan.tabs.team && v.range.left === TEAM.firstTrait)!;
    expect(ratings.rule).toEqual({ kind: 'list', values: ['1', '2', '3', '4', '5'] });
    expect(ratings.range.bottom).toBe(fill.bottom);
  });

  it('shows the mix beside the table: each group and its count of reps by COUNTIF over the group column', () => {
    const plan = planSetup(tracker(PIPELINE), { lang: 'en' });
    const team = sheetOf(applyPlan(tracker(PIPELINE), plan), plan.tabs.team);
    expect(team.rows[TEAM_MIX.headerRow]!.slice(TEAM_MIX.col)).toEqual(['Suggested group', 'Reps']);
    TEAM_GROUPS.forEach((g, k) => {
      const row = team.rows[TEAM_MIX.headerRow + 1 + k]!;
      expect(row[TEAM_MIX.col]).toBe(g.en);
      expect(row[TEAM_MIX.col + 1]).toMatchObject({ formula: `COUNTIF($G:$G,"${g.en}")` });
    });
  });

  it('keeps the ratings and dates typed on a second set-up, adds a new rep once below the table, and no blank rows again', () => {
    const first = planSetup(tracker(PIPELINE), { date: '2027-01-04' });
    let wb = applyPlan(tracker(PIPELINE), first);
    wb = typed(wb, first.tabs.team, FIRST_DATA_ROW, { 1: 5, 2: 4, 3: 4, 4: 2, 5: 2, [TEAM.lastRolePlay]: 46385 });
    wb = typed(wb, first.tabs.team, FIRST_DATA_ROW + 2, { 0: '新人', 1: 3 });
    const again = planSetup(wb, { date: '2027-01-11' });
    expect(again.addSheets).toEqual([]);
    expect([...again.writes, ...again.fills].filter((w) => w.sheet === first.tabs.team || w.sheet === first.tabs.control)).toEqual([]);

    const grown = typed(wb, 'T', 1 + PIPELINE.length, { 0: 'OA', 1: '新客户', 2: '王芳' });
    const third = planSetup(grown, { date: '2027-01-18' });
    const rows = third.writes.filter((w) => w.sheet === first.tabs.team);
    const below = FIRST_DATA_ROW + 2 + TEAM_BLANK_ROWS;
    expect(rows).toEqual([{ sheet: first.tabs.team, row: below, col: 0, values: [['王芳']] }]);
    expect(third.fills.filter((f) => f.sheet === first.tabs.team).map((f) => [f.top, f.bottom])).toEqual([[below, below]]);
    const after = applyPlan(grown, third);
    expect(sheetOf(after, first.tabs.team).rows[FIRST_DATA_ROW]!.slice(0, 6)).toEqual(['李明', 5, 4, 4, 2, 2]);
    expect(planSetup(after, { date: '2027-01-25' }).writes.filter((w) => w.sheet === first.tabs.team)).toEqual([]);
  });
});

describe('the control points tab', () => {
  it("lists the course's points in order, each with a figure formula and a done/overdue status, the manager's point a dropdown", () => {
    const plan = planSetup(tracker(PIPELINE), { date: '2027-01-04' });
    const control = sheetOf(applyPlan(tracker(PIPELINE), plan), plan.tabs.control);
    expect(control.rows[HEADER_ROW]).toEqual(['控制点', '数量', '状态', '如何计算']);
    CONTROL_POINTS.forEach((p, i) => {
      const row = control.rows[FIRST_DATA_ROW + i]!;
      expect([row[CONTROL.point], row[CONTROL.how]]).toEqual([p.zh, p.how.zh]);
      if (p.key === 'joined') expect([row[CONTROL.figure] ?? null, row[CONTROL.status] ?? null]).toEqual([null, null]);
      else {
        expect(row[CONTROL.figure]).toMatchObject({ formula: expect.stringMatching(/^SUMPRODUCT\(/) });
        expect(row[CONTROL.status]).toMatchObject({ formula: `IF(B${FIRST_DATA_ROW + i + 1}=0,"完成","逾期")` });
      }
    });
    const joined = FIRST_DATA_ROW + CONTROL_POINTS.findIndex((p) => p.key === 'joined');
    expect(plan.validations.filter((v) => v.sheet === plan.tabs.control)).toEqual([
      { sheet: plan.tabs.control, range: { top: joined, bottom: joined, left: CONTROL.status, right: CONTROL.status }, rule: { kind: 'list', values: [CONTROL_STATUS.done.zh, CONTROL_STATUS.overdue.zh] } },
    ]);
  });

  it("reads each tab's first rows down to the implied bound of a team's pipeline, and the run's date from the milestone tab", () => {
    const plan = planSetup(tracker(PIPELINE), { lang: 'en' });
    const figures = plan.writes.filter((w) => w.sheet === plan.tabs.control).flatMap((w) => w.values.map((r) => r[CONTROL.figure]));
    const text = JSON.stringify(figures);
    expect(text).toContain(`$${FIRST_DATA_ROW + PIPELINE_MIN_ROWS}`);
    expect(text).not.toContain(`$${FIRST_DATA_ROW + PIPELINE_MIN_ROWS + 1}`);
    expect(text).toContain(`'Milestones'!${cellRef(AS_OF_CELL.row, AS_OF_CELL.col, true)}-14`);
  });
});
