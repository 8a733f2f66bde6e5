/**
 * Movement and aging (issue 13): each run records on the Changes tab what moved since the
 * previous one, append-only, one dated row per change; the milestone tab keeps the day each row
 * reached its milestone, counts the days since, and flags past-due, stale and won-early deals.
 */
import fc from 'fast-check';
import {
  AS_OF_CELL,
  CHANGE_COL,
  FIRST_DATA_ROW,
  MS,
  STALE_DAYS_COL,
  STALE_DAYS_DEFAULT,
  STALE_FIRST_ROW,
  attentionList,
  daysAt,
  findOurTabs,
  milestoneTabRows,
  planRun,
  planSetup,
  runDay,
  type Plan,
  type SnapshotCell,
  type WorkbookSnapshot,
} from '../../core/layout';
import { reviewLines } from '../../core/run';
import { ZH_HEADERS, workbook } from './fixtures';

type Row = [string, string, string, number, Date | null, string | null];

const START: Row[] = [
  ['ERP升级', '华东精密', '李明', 100_000, new Date(Date.UTC(2027, 2, 31)), '方案'],
  ['仓储系统', '南方物流', '王芳', 200_000, new Date(Date.UTC(2027, 4, 15)), '谈判'],
  ['数据中台', '北方钢铁', '李明', 300_000, new Date(Date.UTC(2027, 0, 20)), null],
  ['运维服务', '东海银行', '张伟', 50_000, new Date(Date.UTC(2027, 1, 1)), '立项'],
];

function trackerBook(rows: readonly Row[]): WorkbookSnapshot {
  return workbook({ name: '跟踪', rows: [ZH_HEADERS, ...rows.map((r) => [...r] as SnapshotCell[])], tables: [] });
}

/** A run as pcss apply makes it, on a date. */
function run(wb: WorkbookSnapshot, date: string): { after: WorkbookSnapshot; funnel: Plan } {
  const { after, funnel } = planRun(wb, { date });
  return { after, funnel };
}

/** The tracker with one row's stage (its status words: 输单, 暂停, 赢单…) changed. */
function staged(rows: readonly Row[], index: number, stage: string): Row[] {
  return rows.map((r, i) => (i === index ? ([...r.slice(0, 5), stage] as Row) : ([...r] as Row)));
}

function withTracker(wb: WorkbookSnapshot, rows: readonly Row[]): WorkbookSnapshot {
  return { sheets: wb.sheets.map((s) => (s.name === '跟踪' ? trackerBook(rows).sheets[0] : s)) };
}

/** A cell of one of our tabs typed as a user does. */
function typeOn(wb: WorkbookSnapshot, kind: 'milestones' | 'rubrics', r: number, col: number, value: SnapshotCell): WorkbookSnapshot {
  const tab = findOurTabs(wb).get(kind)!.sheet;
  const rows = [...tab.rows];
  const row = [...(rows[r] ?? [])];
  row[col] = value;
  rows[r] = row;
  return { sheets: wb.sheets.map((s) => (s === tab ? { ...s, rows } : s)) };
}

/** A cell of our milestone tab typed as a rep does. */
const type = (wb: WorkbookSnapshot, index: number, col: number, value: SnapshotCell) => typeOn(wb, 'milestones', FIRST_DATA_ROW + index, col, value);

function tick(wb: WorkbookSnapshot, index: number, n: number): WorkbookSnapshot {
  let out = wb;
  for (let k = 0; k < n; k++) out = type(out, index, MS.checklist + k, true);
  return out;
}

function changeRows(wb: WorkbookSnapshot): SnapshotCell[][] {
  return (findOurTabs(wb).get('changes')?.sheet.rows.slice(FIRST_DATA_ROW) ?? []) as SnapshotCell[][];
}

const msRow = (wb: WorkbookSnapshot, i: number) => findOurTabs(wb).get('milestones')!.sheet.rows[FIRST_DATA_ROW + i] ?? [];
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('what moved since the previous run', () => {
  it('records nothing on the first set-up: every row starts at M0 on the run date', () => {
    const { after, funnel } = run(trackerBook(START), '2027-01-04');
    expect(findOurTabs(after).has('changes')).toBe(false);
    for (let i = 0; i < START.length; i++) expect(msRow(after, i)[MS.since]).toEqual(day('2027-01-04'));
    expect(reviewLines(funnel.review)).toEqual([]);
  });

  it('records the opportunities a set-up adds as new, but not those of a first set-up a host completes in a second run', () => {
    const first = run(trackerBook(START.slice(0, 2)), '2027-01-04').after;
    const grown = withTracker(first, START);
    const kinds = (plan: Plan) => plan.writes.filter((w) => w.sheet === '变动记录' && w.row >= FIRST_DATA_ROW).flatMap((w) => w.values.map((v) => v[CHANGE_COL.change]));
    expect(kinds(planSetup(grown, { date: '2027-01-04' }))).toEqual(['新增', '新增']);
    expect(kinds(planSetup(grown, { date: '2027-01-04', completesFirstSetup: true }))).toEqual([]);
    // What the tracker changed on rows the tab had is recorded either way.
    const raised = withTracker(first, START.map((r, i) => (i === 0 ? ([...r.slice(0, 3), 150_000, ...r.slice(4)] as Row) : r)));
    expect(kinds(planSetup(raised, { date: '2027-01-11', completesFirstSetup: true }))).toEqual(['金额变动']);
  });

  it('records an advance, a lost deal and a raised amount, each once, dated the run that saw it', () => {
    let wb = run(trackerBook(START), '2027-01-04').after;
    wb = tick(wb, 0, 5); // ERP升级 reaches M1
    const raised = staged(START, 1, '输单'); // 仓储系统 lost, by the tracker's stage
    raised[2][3] = 450_000; // 数据中台's amount raised in the tracker
    const second = run(withTracker(wb, raised), '2027-01-11');
    const rows = changeRows(second.after);
    const said = rows.map((r) => [r[CHANGE_COL.opportunity], r[CHANGE_COL.change], r[CHANGE_COL.from], r[CHANGE_COL.to]]);
    expect(said).toEqual([
      ['数据中台', '金额变动', '300000', '450000'],
      ['ERP升级', '推进', 'M0 未合格', 'M1 合格潜在客户'],
      ['仓储系统', '输单', '进行中', '输单'],
    ]);
    expect(rows.every((r) => (r[CHANGE_COL.date] as Date).getTime() === day('2027-01-11').getTime())).toBe(true);
    // The advanced row's day reached moved; the lost one kept its milestone's day.
    expect(msRow(second.after, 0)[MS.since]).toEqual(day('2027-01-11'));
    expect(msRow(second.after, 1)[MS.since]).toEqual(day('2027-01-04'));
    expect(reviewLines(second.funnel.review)[0].en).toBe('Since the last review (2027-01-04): Advanced 1, Lost 1, Amount changed 1');

    // A week with no change adds no row, and keeps every row there was.
    const third = run(withTracker(second.after, raised), '2027-01-18');
    expect(changeRows(third.after)).toEqual(rows);
    expect(reviewLines(third.funnel.review).map((l) => l.code)).toEqual(['REVIEW_NONE']);
  });

  it('records a milestone slipped back when a tick is taken away, and a deal put on hold and reopened', () => {
    let wb = tick(run(trackerBook(START), '2027-01-04').after, 0, 5);
    wb = run(withTracker(wb, staged(START, 3, '暂停')), '2027-01-11').after;
    wb = type(wb, 0, MS.checklist + 4, false);
    const kinds = changeRows(run(withTracker(wb, START), '2027-01-18').after).map((r) => r[CHANGE_COL.change]);
    expect(kinds).toEqual(['推进', '暂停', '后退', '重新打开']);
  });
});

describe('days at a milestone and what the manager should look at', () => {
  it('counts the days since the row reached its milestone, as of the run', () => {
    const wb = run(tick(run(trackerBook(START), '2027-01-04').after, 0, 5), '2027-01-11').after;
    const later = run(wb, '2027-02-15').after;
    expect(findOurTabs(later).get('milestones')!.sheet.rows[AS_OF_CELL.row]?.[AS_OF_CELL.col]).toEqual(day('2027-02-15'));
    expect(daysAt(msRow(later, 0)[MS.since], runDay('2027-02-15'))).toBe(35);
    expect(daysAt(msRow(later, 1)[MS.since], runDay('2027-02-15'))).toBe(42);
  });

  it('flags an open deal past its expected close, a stale one by its milestone\'s days, and a won deal below M6', () => {
    const wb = withTracker(run(trackerBook(START), '2027-01-04').after, staged(START, 3, '赢单'));
    const date = '2027-01-25'; // 数据中台 was to close on 2027-01-20; the M0 deals have waited 21 days (limit 14)
    const after = run(wb, date).after;
    const list = attentionList(after, milestoneTabRows(after), date, 'checklist');
    expect(STALE_DAYS_DEFAULT[0]).toBe(14);
    expect(list.pastDue).toEqual(['数据中台']);
    expect(list.stale).toEqual(['ERP升级 (21)', '仓储系统 (21)']);
    expect(list.wonEarly).toEqual(['运维服务']);
  });
});

describe('properties of the record', () => {
  // Reps tick and untick; the tracker's stage closes, pauses and reopens deals.
  const step = fc.record({ row: fc.nat(3), ticks: fc.nat(22), stage: fc.constantFrom('立项', '赢单', '输单', '暂停', '谈判') });
  it('is append-only, never counts a negative day, and a second run on the same day adds nothing', () => {
    fc.assert(
      fc.property(fc.array(fc.array(step, { maxLength: 3 }), { minLength: 1, maxLength: 4 }), (weeks) => {
        let wb = run(trackerBook(START), '2027-01-04').after;
        let tracker = START.map((r) => [...r] as Row);
        let before: SnapshotCell[][] = [];
        weeks.forEach((edits, w) => {
          for (const e of edits) {
            wb = tick(wb, e.row, e.ticks);
            for (let k = e.ticks; k < 22; k++) wb = type(wb, e.row, MS.checklist + k, null);
            tracker = staged(tracker, e.row, e.stage);
          }
          wb = withTracker(wb, tracker);
          const date = `2027-0${2 + w}-01`;
          wb = run(wb, date).after;
          const rows = changeRows(wb);
          expect(rows.slice(0, before.length)).toEqual(before);
          before = rows;
          for (let i = 0; i < START.length; i++) expect(daysAt(msRow(wb, i)[MS.since], runDay(date))).toBeGreaterThanOrEqual(0);
          const again = run(wb, date).after;
          expect(changeRows(again)).toEqual(rows);
        });
      }),
      { numRuns: 30 },
    );
  });
});

describe('the stale thresholds as the workbook holds them', () => {
  const threshold = (wb: WorkbookSnapshot, level: number, value: SnapshotCell) => typeOn(wb, 'rubrics', STALE_FIRST_ROW + level, STALE_DAYS_COL, value);
  const staleWarnings = (p: Plan) => p.warnings.filter((w) => w.code === 'STALE_THRESHOLD');

  it('says which threshold is not a number of days, since it turns that milestone\'s stale flag off', () => {
    const first = run(trackerBook(START), '2027-01-04').after;
    const said = staleWarnings(run(threshold(first, 1, '5天'), '2027-01-11').funnel);
    expect(said).toHaveLength(1);
    expect(said[0].zh).toContain(`第 ${STALE_FIRST_ROW + 2} 行的停滞天数“5天”不是数字,M1 的机会不会被标为停滞`);
    expect(said[0].en).toContain('the days before stale "5天"');
    expect(said[0].en).toContain('no deal at M1 is flagged stale');
  });

  it('says nothing of a number, or of a blank left as a choice', () => {
    const first = run(trackerBook(START), '2027-01-04').after;
    expect(staleWarnings(run(first, '2027-01-11').funnel)).toEqual([]);
    expect(staleWarnings(run(threshold(threshold(first, 1, 5), 2, null), '2027-01-11').funnel)).toEqual([]);
  });
});
