/**
 * core.history_ratio (issue 13): planning a run (set-up and funnel, as pcss apply plans them)
 * over 50 000 opportunities that each have 52 weekly rows on the Changes tab and a year of
 * weekly funnel-history rows, over planning the same run with no history. Target: at most 2.
 * Best of three of each, interleaved, after one warm-up of each.
 */
import { CHANGE_COLUMNS, FIRST_DATA_ROW, HEADER_ROW, applyPlan, markerText, planRun, type SheetSnapshot, type SnapshotCell, type WorkbookSnapshot } from '../core/layout';
import { sampleOpportunities } from '../samples/teamPipeline';

const OPPORTUNITIES = 50_000;
const WEEKS = 52;

function time(fn: () => unknown): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const isoWeek = (w: number) => new Date(Date.UTC(2026, 0, 5 + 7 * w));

/** The workbook after a first set-up, then the Changes tab and the funnel history a year of weekly runs would leave. */
function withHistory(set: WorkbookSnapshot): WorkbookSnapshot {
  const names = set.sheets.find((s) => s.name === '里程碑')!.rows.slice(FIRST_DATA_ROW);
  const rows: (SnapshotCell[] | undefined)[] = [[markerText('changes', 'zh')], CHANGE_COLUMNS.map((c) => c.header.zh)];
  for (let w = 0; w < WEEKS; w++) {
    const date = isoWeek(w);
    for (const row of names) rows.push([date, row?.[0] ?? null, row?.[1] ?? null, row?.[2] ?? null, '金额变动', '100000', '120000']);
  }
  const changes: SheetSnapshot = { name: '变动记录', rows, tables: [{ name: 'PCSS_Changes', top: HEADER_ROW, left: 0, bottom: rows.length - 1, right: CHANGE_COLUMNS.length - 1 }] };
  const sheets = set.sheets.map((s) => {
    if (s.name !== '漏斗历史') return s;
    const history = [...s.rows.slice(0, FIRST_DATA_ROW)];
    for (let w = 0; w < WEEKS; w++) history.push([isoWeek(w).toISOString().slice(0, 10), OPPORTUNITIES, 1, 1, 0, 0, 0, 0, 0, 0, 0]);
    return { ...s, rows: history };
  });
  return { sheets: [...sheets, changes] };
}

export async function run(): Promise<Record<string, unknown>> {
  const tracker: WorkbookSnapshot = { sheets: [{ name: '销售机会跟踪', rows: [['机会名称', '客户名称', '销售人员', '合同金额', '预计签约日期', '阶段'], ...sampleOpportunities(OPPORTUNITIES, 7).map((o): SnapshotCell[] => [o.name, o.customer, o.rep, o.amount, o.expectedClose, o.stage])], tables: [] }] };
  const first = planRun(tracker, { date: '2026-01-05' });
  const plain = applyPlan(tracker, first.setup);
  const without = applyPlan(plain, first.funnel);
  const withRows = withHistory(without);
  const date = '2027-01-04';
  let base = Infinity;
  let history = Infinity;
  planRun(without, { date });
  planRun(withRows, { date });
  for (let i = 0; i < 3; i++) {
    base = Math.min(base, time(() => planRun(without, { date })));
    history = Math.min(history, time(() => planRun(withRows, { date })));
  }
  console.log(`  planning ${OPPORTUNITIES} opportunities: ${base.toFixed(0)} ms without history, ${history.toFixed(0)} ms with ${WEEKS} weekly change rows each (best of 3)`);
  return { 'core.history_ratio': Math.round((history / base) * 100) / 100 };
}
