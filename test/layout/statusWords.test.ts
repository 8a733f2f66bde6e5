/**
 * The tracker's status words are the team's (issue 13): the rubric tab shows the words a set-up
 * reads a tracker's stage or status by, written once with our defaults; a word the team adds
 * closes its deals at the next set-up, a word it deletes no longer does, and a workbook without
 * the table (an earlier version's) is read by the defaults and gets the table.
 */
import { FIRST_DATA_ROW, MS, applyPlan, findOurTabs, planSetup, type SnapshotCell, type WorkbookSnapshot } from '../../core/layout';
import { DEFAULT_STATUS_WORDS, TRACKER_STATUS_WORDS, trackerStatus } from '../../core/layout/dealStatus';
import { STATUS_WORDS_FIRST_ROW, STATUS_WORDS_HEADER_ROW, statusWords } from '../../core/layout/statusWords';
import { ZH_HEADERS, workbook } from './fixtures';

const TRACKER: SnapshotCell[][] = [
  ['ERP升级', '华东精密', '李明', 100_000, null, 'Gewonnen'],
  ['仓储系统', '南方物流', '王芳', 200_000, null, '赢单'],
  ['数据中台', '北方钢铁', '李明', 300_000, null, '谈判'],
];

const book = (): WorkbookSnapshot => workbook({ name: '跟踪', rows: [ZH_HEADERS, ...TRACKER], tables: [] });

function rubricRows(wb: WorkbookSnapshot): (readonly SnapshotCell[] | undefined)[] {
  return [...findOurTabs(wb).get('rubrics')!.sheet.rows];
}

/** The rubric tab with its status words table edited as a manager would. */
function editWords(wb: WorkbookSnapshot, edit: (rows: SnapshotCell[][]) => void): WorkbookSnapshot {
  const tab = findOurTabs(wb).get('rubrics')!.sheet;
  const rows = tab.rows.map((r) => [...(r ?? [])]);
  edit(rows);
  return { sheets: wb.sheets.map((s) => (s === tab ? { ...s, rows } : s)) };
}

const statuses = (wb: WorkbookSnapshot) => findOurTabs(wb).get('milestones')!.sheet.rows.slice(FIRST_DATA_ROW, FIRST_DATA_ROW + TRACKER.length).map((r) => r?.[MS.status]);

describe('the status words a set-up reads the tracker by', () => {
  it('writes our defaults on the rubric tab, each beside its status label, and reads the tracker by them', () => {
    const after = applyPlan(book(), planSetup(book()));
    const rows = rubricRows(after);
    expect(rows[STATUS_WORDS_HEADER_ROW]?.slice(0, 2)).toEqual(['跟踪表中的状态词', '状态']);
    const written = rows.slice(STATUS_WORDS_FIRST_ROW).filter((r) => r?.[0] !== undefined && r?.[0] !== null);
    expect(written).toHaveLength(Object.values(TRACKER_STATUS_WORDS).flat().length);
    expect(written).toContainEqual(['Closed Won'.toLowerCase(), '赢单']);
    expect(written).toContainEqual(['丢单', '输单']);
    expect(statusWords(rows)).toEqual(DEFAULT_STATUS_WORDS);
    expect(statuses(after)).toEqual([null, '赢单', null]); // an open deal's status cell is left blank
  });

  it('closes a deal by a word the team added, and no longer by a word it deleted', () => {
    const first = applyPlan(book(), planSetup(book()));
    const edited = editWords(first, (rows) => {
      const last = rows.reduce((n, r, i) => (i >= STATUS_WORDS_FIRST_ROW && r[0] ? i : n), 0);
      rows[last + 1] = ['Gewonnen', 'Won'];
      for (let r = STATUS_WORDS_FIRST_ROW; r < rows.length; r++) if (rows[r][0] === '赢单') rows[r] = [];
    });
    expect(trackerStatus('gewonnen', statusWords(rubricRows(edited)))).toBe('won');
    expect(trackerStatus('赢单', statusWords(rubricRows(edited)))).toBe('open');
    const second = applyPlan(edited, planSetup(edited));
    expect(statuses(second)).toEqual(['赢单', null, null]);
    // The team's table is left as it is.
    expect(rubricRows(second).slice(STATUS_WORDS_HEADER_ROW)).toEqual(rubricRows(edited).slice(STATUS_WORDS_HEADER_ROW));
  });

  it('reads a workbook without the table (an earlier version) by the defaults and adds the table once', () => {
    const first = applyPlan(book(), planSetup(book()));
    const older = editWords(first, (rows) => rows.splice(STATUS_WORDS_HEADER_ROW));
    expect(statusWords(rubricRows(older))).toBe(DEFAULT_STATUS_WORDS);
    const plan = planSetup(older);
    expect(plan.writes.some((w) => w.row === STATUS_WORDS_HEADER_ROW)).toBe(true);
    const again = applyPlan(older, plan);
    expect(planSetup(again).writes.some((w) => w.row === STATUS_WORDS_HEADER_ROW)).toBe(false);
  });

  it('never writes over a note typed where the table would go on an earlier version\'s rubric tab', () => {
    const first = applyPlan(book(), planSetup(book()));
    const older = editWords(first, (rows) => {
      rows.splice(STATUS_WORDS_HEADER_ROW);
      rows[STATUS_WORDS_FIRST_ROW + 5] = [null, '我们的备注'];
    });
    const plan = planSetup(older);
    expect(plan.writes.some((w) => w.sheet === findOurTabs(older).get('rubrics')!.sheet.name && w.row >= STATUS_WORDS_HEADER_ROW)).toBe(false);
    // Read by the defaults meanwhile.
    expect(statuses(applyPlan(older, plan))).toEqual([null, '赢单', null]);
  });

  it('ignores a row whose status is none of the labels, and a blank word', () => {
    const first = applyPlan(book(), planSetup(book()));
    const edited = editWords(first, (rows) => {
      rows[STATUS_WORDS_FIRST_ROW] = ['Abgesagt', 'maybe'];
      rows[STATUS_WORDS_FIRST_ROW + 1] = ['', '输单'];
    });
    const words = statusWords(rubricRows(edited));
    expect(words.has('abgesagt')).toBe(false);
    expect([...words.values()].every((s) => s === 'won' || s === 'lost' || s === 'onHold')).toBe(true);
  });
});
