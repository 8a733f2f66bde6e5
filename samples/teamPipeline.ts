/**
 * The bundled sample: a Chinese sales team's pipeline as a tracker would hold it, with the
 * checklist ticks and rubric levels its reps entered. Deterministic (seeded), so `npm start`
 * prints the same result on every machine. Used by the demo, the sample .xlsx and tests.
 */
import { prng } from './prng';

export interface SampleOpportunity {
  /** 机会名称 */
  name: string;
  /** 客户名称 */
  customer: string;
  /** 销售人员 */
  rep: string;
  /** 合同金额: a number, or text as people type it (¥1,200,000 / 35万) */
  amount: number | string;
  /** 预计签约日期, ISO date */
  expectedClose: string;
  /** the tracker's own free-text stage column, as teams keep one */
  stage: string;
  /** K01..K22 as the rep ticked them (TRUE/FALSE) */
  checklist: boolean[];
  /** rubric level codes, problem..control, blank where not yet scored */
  levels: [string, string, string, string, string];
  /** who each of problem, vision, value was reached with */
  roles: [string, string, string];
}

const REPS = ['李明', '张伟', '王芳', '刘洋', '许静', '丁磊'];
const CUSTOMERS = [
  '华东精密机械有限公司', '北京博远科技', '深圳云帆电子', '上海嘉禾物流', '杭州青禾食品', '成都天府医药',
  '武汉光谷智造', '南京金陵化工', '苏州工业园区管委会', '广州南方家居', '天津港航集团', '重庆长江汽配',
  '西安秦川软件', '青岛海润水务', '厦门鹭岛航空服务', '长沙湘江建工', '郑州中原粮油', '宁波东海模具',
];
const PRODUCTS = ['ERP升级', '仓储管理系统', '数据中台', 'CRM实施', '安全审计', '产线MES', '云迁移', '年度运维'];
const STAGES = ['初步接触', '需求调研', '方案交流', '商务谈判', '合同审批', '已签约'];
const MAX_LEVEL = [5, 7, 3, 6, 6];
const LEVEL_PREFIX = ['P', 'W', 'V', 'U', 'C'];
const MILESTONE_ENDS = [0, 5, 8, 13, 15, 18, 22];

export function sampleOpportunities(count = 48, seed = 20261127): SampleOpportunity[] {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const out: SampleOpportunity[] = [];
  for (let i = 0; i < count; i++) {
    // Most deals sit early in the funnel, as in any real pipeline.
    const reached = Math.min(6, Math.floor(Math.pow(rand(), 2) * 7));
    const ticked = MILESTONE_ENDS[reached] + (reached < 6 ? Math.floor(rand() * (MILESTONE_ENDS[reached + 1] - MILESTONE_ENDS[reached])) : 0);
    const checklist = Array.from({ length: 22 }, (_, k) => k < ticked);
    // A few reps tick ahead of the buyer: out-of-order items the manager should see.
    if (rand() < 0.15 && ticked < 20) checklist[ticked + 1 + Math.floor(rand() * 2)] = true;
    const progress = reached / 6;
    const levels = LEVEL_PREFIX.map((p, f) =>
      rand() < 0.1 ? '' : `${p}${Math.min(MAX_LEVEL[f], Math.round((progress * 0.8 + rand() * 0.3) * MAX_LEVEL[f]))}`,
    ) as SampleOpportunity['levels'];
    const roles = [0, 1, 2].map(() => (reached >= 3 && rand() < 0.7 ? '决策者' : '经办人')) as SampleOpportunity['roles'];
    const base = Math.round(5 + rand() * 95) * 10000;
    const amountStyle = rand();
    const amount = amountStyle < 0.7 ? base : amountStyle < 0.85 ? `¥${base.toLocaleString('en-US')}` : `${base / 10000}万`;
    const month = 1 + Math.floor(rand() * 12);
    const day = 1 + Math.floor(rand() * 28);
    out.push({
      name: `${pick(PRODUCTS)}项目-${String(i + 1).padStart(3, '0')}`,
      customer: pick(CUSTOMERS),
      rep: REPS[i % REPS.length],
      amount,
      expectedClose: `2027-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      stage: STAGES[Math.min(STAGES.length - 1, reached)],
      checklist,
      levels,
      roles,
    });
  }
  return out;
}

/** The seller-step counts (S1..S6) per rep for the sample's activity tracking tab. */
export function sampleActivity(seed = 7): { rep: string; counts: number[] }[] {
  const rand = prng(seed);
  return REPS.map((rep, r) => ({
    rep,
    // 丁磊 probes a lot and never asks: the defect the source tells managers to find.
    counts: [30, 18, 12, 9, 6, 8].map((base, s) => (r === 5 && s >= 4 ? 0 : Math.round(base * (0.6 + rand() * 0.8)))),
  }));
}
