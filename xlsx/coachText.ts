/**
 * The coaching view in the terminal (`pcss coach`): labels in the workbook's language (or
 * --lang), the methodology's names from core, every text from cells made safe to print
 * (funnelTable.visible, through renderTable).
 */
import type { Lang } from '../core/methodology/bilingual';
import { SELLER_STEPS } from '../core/methodology/sellerSteps';
import type { CoachingView, FactorScore, Labelled, OpportunityCoaching, RepCoaching } from '../core/report/coaching';
import { renderTable, visible } from './funnelTable';
import { dayIso } from '../core/cells/calendar';

const L = {
  zh: {
    team: '团队业务动作占比',
    title: (rep: string, open: number) => `辅导:${rep} — ${open} 个进行中的机会`,
    noRep: '(未填写销售人员)',
    never: (steps: string) => `从未做过:${steps}(团队有人在做)`,
    asks: (share: string, team: string) => `要求生意:占其业务动作的 ${share}(团队 ${team})`,
    neverAsks: ' —— 从不要求生意',
    fewAsks: (ratio: string) => ` —— 远低于团队(不到团队的 ${ratio})`,
    noActivity: '业务动作:业务动作追踪表中没有此人的记录',
    weakest: (f: string, score: string, n: number) => `最弱的 5K 因素:${f},平均 ${score}/20(${n} 个已评估的机会)`,
    notAssessed: '最弱的 5K 因素:进行中的机会都未评估(销售强度表中未选等级)',
    outOfOrder: (n: number) => `顺序不对的勾选:${n} 个机会(前面的项目未核实,后面的项目不计入里程碑)`,
    signalsAhead: (n: number) => `有购买信号而里程碑在 M2 或之前:${n} 个机会(里程碑表可能落后于实际进展)`,
    noDeals: '没有进行中的机会',
    header: ['机会', '客户', '里程碑', '下一步', '最弱因素', '5K', '顺序不对', '购买信号'],
    allDone: '全部已核实',
    unassessed: '未评估',
  },
  en: {
    team: 'Team activity mix',
    title: (rep: string, open: number) => `Coaching: ${rep} — ${open} open deal${open === 1 ? '' : 's'}`,
    noRep: '(no rep)',
    never: (steps: string) => `Never takes: ${steps} (others on the team do)`,
    asks: (share: string, team: string) => `Asks for the business: ${share} of their activity (team ${team})`,
    neverAsks: ': never asks',
    fewAsks: (ratio: string) => `: far below the team (under ${ratio} of its rate)`,
    noActivity: 'Activity: no row for this rep on the activity tracking tab',
    weakest: (f: string, score: string, n: number) => `Weakest 5K factor: ${f}, average ${score}/20 over ${n} assessed deal${n === 1 ? '' : 's'}`,
    notAssessed: 'Weakest 5K factor: no open deal assessed yet (no level picked on the sales intensity tab)',
    outOfOrder: (n: number) => `Out-of-order ticks: ${n} deal${n === 1 ? '' : 's'} (an earlier item unverified, so the later ones do not count)`,
    signalsAhead: (n: number) => `Buying signals at M2 or before: ${n} deal${n === 1 ? '' : 's'} (the milestone checklist may be behind the conversation)`,
    noDeals: 'No open deals',
    header: ['Opportunity', 'Customer', 'Milestone', 'Next step', 'Weakest', '5K', 'Out of order', 'Buying signals'],
    allDone: 'all verified',
    unassessed: 'not assessed',
  },
} as const;

const ASK_STEP = 'S5';
const ASK = SELLER_STEPS.findIndex((s) => s.id === ASK_STEP);
const pct = (n: number) => `${Math.round(n * 100)}%`;
const named = (x: Labelled, lang: Lang) => `${x.id} ${x[lang]}`;
const factor = (f: FactorScore, lang: Lang) => `${f[lang]} ${Math.round(f.score * 10) / 10}`;

function opportunityRow(o: OpportunityCoaching, lang: Lang): string[] {
  const t = L[lang];
  return [
    o.opportunity,
    o.customer,
    named(o.milestone, lang),
    o.nextStep ? named(o.nextStep, lang) : t.allDone,
    o.weakest ? factor(o.weakest, lang) : t.unassessed,
    o.fiveK === null ? '' : o.fiveK.toFixed(3),
    o.outOfOrder.map((k) => k.id).join(' '),
    // Visits with a signal, the latest one's day, and "!" when the milestone is early for them.
    o.signals.count === 0 ? '' : `${o.signals.count}${o.signals.latest === '' || o.signals.latest === 0 ? '' : ` ${dayIso(o.signals.latest)}`}${o.signalsAhead ? ' !' : ''}`,
  ];
}

function repBlock(r: RepCoaching, view: CoachingView, lang: Lang): string {
  const t = L[lang];
  const lines = [visible(t.title(r.rep === '' ? t.noRep : r.rep, r.openDeals))];
  if (r.neverTaken.length > 0) lines.push(`  ${t.never(r.neverTaken.map((s) => named(s, lang)).join(lang === 'zh' ? '、' : ', '))}`);
  if (r.activity) {
    const ask = r.activity.shares[ASK];
    const never = r.neverTaken.some((s) => s.id === ASK_STEP);
    const tail = never ? t.neverAsks : r.fewAsks ? t.fewAsks(pct(view.fewAsksRatio)) : '';
    lines.push(`  ${t.asks(pct(ask), pct(view.team.shares[ASK]))}${tail}`);
  } else lines.push(`  ${t.noActivity}`);
  if (r.openDeals > 0) {
    lines.push(`  ${r.weakest ? t.weakest(r.weakest[lang], (Math.round(r.weakest.score * 10) / 10).toFixed(1), r.assessedDeals) : t.notAssessed}`);
    if (r.outOfOrderDeals > 0) lines.push(`  ${t.outOfOrder(r.outOfOrderDeals)}`);
    if (r.signalsAheadDeals > 0) lines.push(`  ${t.signalsAhead(r.signalsAheadDeals)}`);
    const table = renderTable([...t.header], r.opportunities.map((o) => opportunityRow(o, lang)), [false, false, false, false, false, true, false, false]);
    lines.push(...table.split('\n').map((l) => `  ${l}`));
  } else lines.push(`  ${t.noDeals}`);
  return lines.join('\n');
}

/** The team's mix, then one block per rep: gaps in their activity, the weakest factor, their open deals. */
export function renderCoaching(view: CoachingView, lang: Lang): string {
  const t = L[lang];
  const team = `${t.team} S1–S6: ${view.team.shares.map(pct).join(' ')}`;
  return [team, ...view.reps.map((r) => `\n${repBlock(r, view, lang)}`)].join('\n');
}
