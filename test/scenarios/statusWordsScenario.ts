/**
 * Issue 13 in every host: the tracker's status words are the team's. A set-up writes our defaults
 * on the rubric tab; a word the team adds there closes its deals at the next set-up, whatever
 * part of the rubric tab the host reads (Excel reads only the columns a set-up needs), and the
 * team's table is never written over.
 */
import { FIRST_DATA_ROW, MS, type SnapshotCell } from '../../core/layout';
import { TRACKER_STATUS_WORDS } from '../../core/layout/dealStatus';
import { STATUS_WORDS_FIRST_ROW, STATUS_WORDS_HEADER_ROW } from '../../core/layout/statusWords';
import { ZH_HEADERS } from '../layout/fixtures';
import type { Scenario } from './scenarios';
import { tabOf, trackerRows, trackerSheet, TRACKER_SHEET } from './trackerSheet';

const STAGES = ['Gewonnen', '丢单', '方案', 'Gewonnen'];
const rows = (): SnapshotCell[][] => trackerRows(STAGES.length, 21).map((r, i) => [...r.slice(0, 5), STAGES[i]]);
/** The row below our default words: where a manager types the first word of their own. */
const FIRST_OWN_ROW = STATUS_WORDS_FIRST_ROW + Object.values(TRACKER_STATUS_WORDS).flat().length;

export const STATUS_WORDS_SCENARIO: Scenario = {
  name: 'a status word the team adds on the rubric tab closes its deals at the next set-up, and the team\'s table is kept',
  initial: { sheets: [trackerSheet(TRACKER_SHEET, ZH_HEADERS, rows())] },
  steps: [
    { kind: 'run', date: '2027-01-04' },
    {
      kind: 'edit',
      cells: (wb) => {
        const rubrics = tabOf(wb, 'rubrics').name;
        return [
          { sheet: rubrics, row: FIRST_OWN_ROW, col: 0, value: 'Gewonnen' },
          { sheet: rubrics, row: FIRST_OWN_ROW, col: 1, value: '赢单' },
        ];
      },
    },
    { kind: 'run', date: '2027-01-11' },
  ],
  check: (wb, e) => {
    const statuses = tabOf(wb, 'milestones').rows.slice(FIRST_DATA_ROW, FIRST_DATA_ROW + STAGES.length).map((r) => r?.[MS.status] ?? null);
    e.equal(statuses, ['赢单', '输单', null, '赢单'], 'the statuses by the team\'s words');
    const rubrics = tabOf(wb, 'rubrics').rows;
    e.equal(rubrics[STATUS_WORDS_HEADER_ROW]?.slice(0, 2), ['跟踪表中的状态词', '状态'], 'the table\'s header');
    e.equal(rubrics[FIRST_OWN_ROW]?.slice(0, 2), ['Gewonnen', '赢单'], 'the team\'s word kept');
    e.equal(rubrics[FIRST_OWN_ROW + 1]?.[0] ?? null, null, 'nothing written below it');
  },
};
