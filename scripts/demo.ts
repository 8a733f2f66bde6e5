/**
 * The core over the bundled sample pipeline, printed as tables: milestones, sales intensity,
 * funnel, forecast and coaching gaps. Real output of the real engine; no spreadsheet needed.
 * Run: npm run demo
 */
import {
  FACTORS,
  MILESTONE_BY_LEVEL,
  activityMix,
  checklistReport,
  evaluatePipeline,
  fiveKIndex,
  rubricScore,
  salesIntensity,
  weakestFactor,
} from '../core';
import { sampleActivity, sampleOpportunities } from '../samples/teamPipeline';
import { renderTable } from '../xlsx/funnelTable';

const money = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 0 });
const percent = (p: number | null): string => (p === null ? '—' : `${Math.round(p * 100)}%`);

/** The command line's table renderer (CJK-aware widths), with right-aligned columns by index. */
function textTable(header: string[], rows: string[][], rightAligned: number[] = []): string {
  return renderTable(header, rows, header.map((_, c) => rightAligned.includes(c)));
}

const opportunities = sampleOpportunities();
const ROLE_FACTORS = ['problem', 'vision', 'value'];

// Scores from the rubric levels the reps picked; a blank level scores 0.
const scores = opportunities.map((o) =>
  FACTORS.map((f, i) => {
    if (!o.levels[i]) return 0;
    const role = ROLE_FACTORS.includes(f.key) ? o.roles[ROLE_FACTORS.indexOf(f.key)] : undefined;
    return rubricScore(f.key, o.levels[i], role);
  }),
);
// Rows as a sheet holds them: rep, amount, K01..K22, five scores.
const rows = opportunities.map((o, r) => [o.rep, o.amount, ...o.checklist, ...scores[r]]);
const result = evaluatePipeline(rows, { rep: 0, amount: 1, checklist: 2, scores: 24 });

console.log(`销售进程管理 · 示例团队 / Sample team: ${opportunities.length} 个机会 opportunities\n`);

console.log('里程碑与销售强度 Milestones and sales intensity');
console.log(
  textTable(
    ['机会 Opportunity', '销售 Rep', '金额 Amount', '里程碑 Milestone', '概率', '强度', '5K', '最弱 Weakest', '下一步 Next step', '越级 Ahead'],
    opportunities.map((o, r) => {
      const report = checklistReport(o.checklist);
      const level = result.levels[r];
      return [
        o.name,
        o.rep,
        money(result.amounts[r]),
        MILESTONE_BY_LEVEL[level].zh,
        percent(MILESTONE_BY_LEVEL[level].probability),
        String(salesIntensity(scores[r])),
        fiveKIndex(scores[r]).toFixed(3),
        weakestFactor(scores[r]).zh,
        report.nextStep ? `${report.nextStep.id} ${report.nextStep.zh}` : '—',
        report.outOfOrder.map((k) => k.id).join(' '),
      ];
    }),
    [2, 4, 5, 6],
  ),
);

const f = result.funnel;
console.log('\n销售漏斗 Funnel');
console.log(
  textTable(
    ['里程碑 Milestone', '', '数量 Count', '金额 Amount', '加权 Weighted', '转化 Conversion'],
    f.rows.map((row) => [row.milestone.zh, row.milestone.en, String(row.count), money(row.amount), money(row.weighted), percent(row.conversion)]),
    [2, 3, 4, 5],
  ),
);
console.log(`\n预测 Forecast: ${money(f.forecast)}  (总金额 pipeline ${money(f.amount)})`);
console.log(
  textTable(
    ['销售 Rep', '数量 Count', '金额 Amount', '预测 Forecast'],
    f.byRep.map((r) => [r.rep, String(r.count), money(r.amount), money(r.forecast)]),
    [1, 2, 3],
  ),
);

const mix = activityMix(sampleActivity());
console.log('\n业务动作 Activity mix (S1–S6 share) and gaps');
console.log(
  textTable(
    ['销售 Rep', 'S1', 'S2', 'S3', 'S4', 'S5', 'S6', '缺陷 Gaps'],
    [
      ...mix.reps.map((r) => [
        r.rep,
        ...r.shares.map((s) => percent(s)),
        r.gaps.map((g) => (g.kind === 'never' ? `从不${g.step.zh} never ${g.step.en}` : `${g.step.zh}偏少 few asks`)).join('; '),
      ]),
      ['团队 Team', ...mix.teamShares.map((s) => percent(s)), ''],
    ],
    [1, 2, 3, 4, 5, 6],
  ),
);
if (result.errors.length) {
  console.log('\n无法读取的行 Rows that could not be read:');
  for (const e of result.errors) console.log(`  ${e.row + 1}: ${e.error.message}`);
}
