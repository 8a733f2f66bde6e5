/**
 * The pipeline stays true over time (issue 13): every set-up brings the rows our tabs already
 * have up to date with the tracker — rep, amount, expected close, status — and marks the rows the
 * tracker no longer has, never deleting one and never writing a cell reps enter. Lost, won, paused
 * and removed deals keep their row and milestone and leave the funnel and the forecast, in core as
 * in the workbook's formulas.
 */
import { FIRST_DATA_ROW, HEADER_ROW, MS, applyPlan, evaluateMilestoneTab, findOurTabs, milestoneTabRows, planFunnel, planSetup, type Plan, type SnapshotCell, type WorkbookSnapshot } from '../../core/layout';
import { refreshLines } from '../../core/run';
import { cellRef } from '../../core/layout/a1';
import { MILESTONE_SIGNAL_COLUMNS } from '../../core/layout/signalColumns';
import { ZH_HEADERS, EN_HEADERS, workbook } from './fixtures';
import { toHyperFormula, value } from './hyperformula';
import { periodForecasts } from '../../core/layout/periods';
import { dayNumber, parsePeriod } from '../../core/cells/calendar';

type Row = [string, string, string, number | string | null, Date | string | null, string | null];

const START: Row[] = [
  ['ERP升级', '华东精密', '李明', 100_000, new Date(Date.UTC(2027, 2, 31)), '方案'],
  ['仓储系统', '南方物流', '王芳', 200_000, new Date(Date.UTC(2027, 4, 15)), '谈判'],
  ['数据中台', '北方钢铁', '李明', 300_000, null, null],
  ['运维服务', '东海银行', '张伟', 50_000, new Date(Date.UTC(2027, 1, 1)), '立项'],
];

function trackerBook(rows: readonly Row[], headers = ZH_HEADERS): WorkbookSnapshot {
  return workbook({ name: '跟踪', rows: [headers, ...rows.map((r) => [...r] as SnapshotCell[])], tables: [] });
}

/** The workbook after a set-up and a funnel, as pcss apply leaves it. */
function run(wb: WorkbookSnapshot): { after: WorkbookSnapshot; setup: Plan } {
  const setup = planSetup(wb);
  const mid = applyPlan(wb, setup);
  return { after: applyPlan(mid, planFunnel(mid, { date: '2027-01-04' })), setup };
}

/** The same workbook with the tracker's rows replaced (what the team typed since). */
function withTracker(wb: WorkbookSnapshot, rows: readonly Row[]): WorkbookSnapshot {
  return { sheets: wb.sheets.map((s) => (s.name === '跟踪' ? trackerBook(rows).sheets[0] : s)) };
}

function tabRows(wb: WorkbookSnapshot): SnapshotCell[][] {
  return findOurTabs(wb).get('milestones')!.sheet.rows.slice(FIRST_DATA_ROW) as SnapshotCell[][];
}

/** Ticks the first `n` checklist items of a row of our tab, as a rep does. */
function tick(wb: WorkbookSnapshot, index: number, n: number): WorkbookSnapshot {
  const tab = findOurTabs(wb).get('milestones')!.sheet;
  const rows = [...tab.rows];
  const row = [...(rows[FIRST_DATA_ROW + index] ?? [])];
  for (let k = 0; k < n; k++) row[MS.checklist + k] = true;
  rows[FIRST_DATA_ROW + index] = row;
  return { sheets: wb.sheets.map((s) => (s === tab ? { ...s, rows } : s)) };
}

describe('the tracker is the truth for what it holds', () => {
  it('refreshes a raised amount, a reassigned rep and a moved close date on the rows it already has, and says which', () => {
    const first = tick(run(trackerBook(START)).after, 0, 3);
    const changed = START.map((r) => [...r] as Row);
    changed[0][3] = 150_000;
    changed[1][2] = '张伟';
    changed[3][4] = new Date(Date.UTC(2027, 5, 30));
    const { after, setup } = run(withTracker(first, changed));
    const rows = tabRows(after);
    expect(rows[0][MS.amount]).toBe(150_000);
    expect(rows[1][MS.rep]).toBe('张伟');
    expect((rows[3][MS.expectedClose] as Date).toISOString().slice(0, 10)).toBe('2027-06-30');
    // The ticks a rep entered are untouched, and nothing was added.
    expect(rows[0].slice(MS.checklist, MS.checklist + 3)).toEqual([true, true, true]);
    expect(setup.addedOpportunities).toBe(0);
    expect(setup.refresh!.amount.map((r) => r.opportunity)).toEqual(['ERP升级']);
    expect(setup.refresh!.rep.map((r) => [r.opportunity, r.from, r.to])).toEqual([['仓储系统', '王芳', '张伟']]);
    expect(setup.refresh!.expectedClose.map((r) => r.opportunity)).toEqual(['运维服务']);
    // The funnel follows: 150 000 instead of 100 000 for ERP升级.
    expect(evaluateMilestoneTab(after).funnel.amount).toBe(700_000);
    const lines = refreshLines(setup.refresh);
    expect(lines.map((l) => l.code)).toEqual(['REFRESH_REP', 'REFRESH_AMOUNT', 'REFRESH_EXPECTED_CLOSE']);
    expect(lines[0].zh).toContain('仓储系统 (王芳 → 张伟)');
    expect(lines[0].en).toContain('Rep taken from the tracker (opportunities: 1)');
  });

  it('writes no cell and reports nothing when the tracker did not change', () => {
    const first = run(trackerBook(START)).after;
    const setup = planSetup(first);
    const tab = findOurTabs(first).get('milestones')!.sheet.name;
    expect(setup.writes.filter((w) => w.sheet === tab && w.row >= FIRST_DATA_ROW)).toEqual([]);
    expect(refreshLines(setup.refresh)).toEqual([]);
  });

  it('reads an expected close the tracker holds as text (2027/03/15, 2027年5月2日) as that date, in its period and past due when it passes, and says other text', () => {
    const texts = START.map((r) => [...r] as Row);
    texts[0][4] = '2027/03/15';
    texts[1][4] = ' 2027年5月2日';
    texts[2][4] = '下个月';
    const { after, setup } = run(trackerBook(texts));
    const rows = tabRows(after);
    expect(rows[0][MS.expectedClose]).toEqual(new Date(Date.UTC(2027, 2, 15)));
    expect(rows[1][MS.expectedClose]).toEqual(new Date(Date.UTC(2027, 4, 2)));
    expect(rows[2][MS.expectedClose]).toBe('下个月');
    const said = setup.warnings.filter((w) => w.code === 'TRACKER_CLOSE_DATE');
    expect(said.map((w) => w.en)).toEqual(['the expected close "下个月" on row 4 of "跟踪" is no date; copied as typed, it is in no period and never past due']);
    expect(said[0].zh).toContain('下个月');
    expect(periodForecasts(milestoneTabRows(after), [parsePeriod('2027-03'), parsePeriod('2027-05')]).map((p) => p.open)).toEqual([100_000, 200_000]);
    // The next run finds nothing changed: our tab's date, or its day number as Excel reads it back.
    expect(planSetup(withTracker(after, texts)).refresh!.expectedClose).toEqual([]);
    const tab = findOurTabs(after).get('milestones')!.sheet;
    const asNumber = tab.rows.map((r, i) => (i === FIRST_DATA_ROW ? r!.map((c, k) => (k === MS.expectedClose ? dayNumber(c as Date) : c)) : r));
    const excelRead = { sheets: after.sheets.map((s) => (s === tab ? { ...s, rows: asNumber } : s)) };
    expect(planSetup(withTracker(excelRead, texts)).refresh!.expectedClose).toEqual([]);
  });

  it('leaves a close date our tab holds as the same day\'s text (an earlier version\'s copy, Excel\'s in-place copy) as it is: nothing written, no change reported', () => {
    const texts = START.map((r) => [...r] as Row);
    texts[0][4] = '2027-03-15';
    const first = run(trackerBook(texts)).after;
    const tab = findOurTabs(first).get('milestones')!.sheet;
    const asText = tab.rows.map((r, i) => (i === FIRST_DATA_ROW ? r!.map((c, k) => (k === MS.expectedClose ? '2027-03-15' : c)) : r));
    const earlier = { sheets: first.sheets.map((s) => (s === tab ? { ...s, rows: asText } : s)) };
    const setup = planSetup(earlier);
    expect(setup.refresh!.expectedClose).toEqual([]);
    expect(setup.writes.filter((w) => w.sheet === tab.name && w.col === MS.expectedClose && w.row >= FIRST_DATA_ROW)).toEqual([]);
  });

  it('keeps an opportunity the tracker no longer has, marks it removed and leaves it out of the forecast', () => {
    const first = tick(run(trackerBook(START)).after, 1, 3);
    const before = evaluateMilestoneTab(first).funnel;
    const { after, setup } = run(withTracker(first, START.filter((_, i) => i !== 1)));
    const rows = tabRows(after);
    expect(rows).toHaveLength(4);
    expect(rows[1][MS.opportunity]).toBe('仓储系统');
    expect(rows[1][MS.status]).toBe('已从跟踪表移除');
    expect(rows[1].slice(MS.checklist, MS.checklist + 3)).toEqual([true, true, true]);
    expect(setup.refresh!.removed.map((r) => r.opportunity)).toEqual(['仓储系统']);
    const funnel = evaluateMilestoneTab(after).funnel;
    expect(funnel.count).toBe(before.count - 1);
    expect(funnel.amount).toBe(before.amount - 200_000);
    // Back in the tracker: open again.
    const back = run(withTracker(after, START)).after;
    expect(tabRows(back)[1][MS.status] ?? null).toBe(null);
    expect(evaluateMilestoneTab(back).funnel.count).toBe(before.count);
  });

  it('takes the status from the tracker\'s stage words: a lost deal leaves the funnel and the forecast but keeps its milestone', () => {
    const first = tick(run(trackerBook(START)).after, 0, 3);
    const lost = START.map((r) => [...r] as Row);
    lost[0][5] = '丢单';
    lost[1][5] = '已签约';
    const { after, setup } = run(withTracker(first, lost));
    const rows = tabRows(after);
    expect(rows[0][MS.status]).toBe('输单');
    expect(rows[1][MS.status]).toBe('赢单');
    expect(setup.refresh!.status.map((r) => [r.opportunity, r.to])).toEqual([
      ['ERP升级', '输单'],
      ['仓储系统', '赢单'],
    ]);
    const funnel = evaluateMilestoneTab(after).funnel;
    expect(funnel.count).toBe(2);
    expect(funnel.amount).toBe(350_000);

    // The workbook's own formulas agree: the in-forecast column, the weighted amount, the funnel tab.
    const hf = toHyperFormula(after);
    const tab = findOurTabs(after).get('milestones')!.sheet.name;
    // The milestone it reached stays; only the in-forecast column and the weighted amount change.
    expect(value(hf, tab, FIRST_DATA_ROW, MS.level)).toBe(value(toHyperFormula(first), tab, FIRST_DATA_ROW, MS.level));
    expect(value(hf, tab, FIRST_DATA_ROW, MS.inForecast)).toBe(0);
    expect(value(hf, tab, FIRST_DATA_ROW, MS.weighted)).toBe(0);
    expect(value(hf, tab, FIRST_DATA_ROW + 2, MS.inForecast)).toBe(1);
  });

  it('lets a team without a stage column set the status on the tab, and keeps it', () => {
    const noStage = START.map((r) => [r[0], r[1], r[2], r[3], r[4], null] as Row);
    const book = workbook({ name: '跟踪', rows: [ZH_HEADERS.slice(0, 5), ...noStage.map((r) => r.slice(0, 5) as SnapshotCell[])], tables: [] });
    const first = run(book).after;
    const tab = findOurTabs(first).get('milestones')!.sheet;
    const rows = [...tab.rows];
    const paused = [...rows[FIRST_DATA_ROW + 2]!];
    paused[MS.status] = '暂停';
    rows[FIRST_DATA_ROW + 2] = paused;
    const typed = { sheets: first.sheets.map((s) => (s === tab ? { ...s, rows } : s)) };
    const { after, setup } = run(typed);
    expect(tabRows(after)[2][MS.status]).toBe('暂停');
    expect(setup.refresh!.status).toEqual([]);
    expect(evaluateMilestoneTab(after).funnel.count).toBe(3);
  });
});

describe('a milestone tab set up before statuses existed', () => {
  /** Today's set-up with the status and in-forecast columns taken away, as an earlier version left it. */
  function oldTab(): WorkbookSnapshot {
    const wb = run(trackerBook(START, EN_HEADERS)).after;
    const tab = findOurTabs(wb).get('milestones')!.sheet;
    // Its weighted amount did not test the status (the formula as earlier versions wrote it).
    const rows = tab.rows.map((r, i) => {
      if (!r) return r;
      const row = r.slice(0, MS.status);
      if (i >= FIRST_DATA_ROW) row[MS.weighted] = { formula: `IF(ISNUMBER(${cellRef(i, MS.probability)}),IF(ISNUMBER(${cellRef(i, MS.amount)}),MAX(${cellRef(i, MS.amount)},0)*${cellRef(i, MS.probability)},0),"")`, result: 0 };
      return row;
    });
    const tables = tab.tables.map((t) => (t.top === HEADER_ROW ? { ...t, right: MS.status - 1 } : t));
    return { sheets: wb.sheets.map((s) => (s === tab ? { ...s, rows, tables } : s)) };
  }

  it('is refused by the funnel until set up again, with a message in both languages', () => {
    expect(() => planFunnel(oldTab(), { date: '2027-01-04' })).toThrow(/Set up first/);
  });

  it('gets the two columns, their dropdown and a wider table at the next set-up, with every row counted as before', () => {
    const old = oldTab();
    const setup = planSetup(old);
    const tab = setup.tabs.milestones;
    const header = setup.writes.find((w) => w.sheet === tab && w.row === HEADER_ROW && w.col === MS.status);
    // Every column from the status on, the buying-signal columns (issue 18) at the end included.
    const signals = MILESTONE_SIGNAL_COLUMNS.map((c) => c.header.en);
    expect(header?.values).toEqual([['Status', 'In forecast', 'At milestone since', 'Days at milestone', 'Attention', 'Recorded', ...signals]]);
    expect(setup.tables.find((t) => t.sheet === tab)?.range.right).toBe(MS.recorded + signals.length);
    expect(setup.validations.some((v) => v.sheet === tab && v.range.left === MS.status && v.rule.kind === 'list')).toBe(true);
    expect(setup.fills.some((f) => f.sheet === tab && f.col === MS.inForecast && f.top === FIRST_DATA_ROW)).toBe(true);
    const { after } = run(old);
    expect(evaluateMilestoneTab(after).funnel.count).toBe(4);
    const hf = toHyperFormula(after);
    for (let r = FIRST_DATA_ROW; r < FIRST_DATA_ROW + 4; r++) expect(value(hf, tab, r, MS.inForecast)).toBe(1);
  });
});
