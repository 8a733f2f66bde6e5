import type { Bilingual } from '../core/methodology/bilingual';
import type { TrackerField } from '../core/layout/types';

/** Every text the pane shows, in both languages; a missing translation fails to compile. */
export const STRINGS = {
  title: { zh: '销售进程管理', en: 'Sales Process' },
  switchTo: { zh: 'English', en: '中文' },
  switchLabel: { zh: '切换到英文', en: 'Switch to Chinese' },
  setupHeading: { zh: '设置工作簿', en: 'Set up workbook' },
  setupHelp: {
    zh: '在团队的跟踪表旁添加里程碑、销售强度、评分标准等标签页。不会改动或移动您的单元格,可重复运行。',
    en: 'Adds the milestone, sales-intensity, rubric and other tabs beside your tracker. Never changes or moves your cells; safe to run again.',
  },
  trackerFound: { zh: '找到跟踪表:', en: 'Tracker found:' },
  trackerRows: { zh: '{rows} 个机会', en: 'opportunities: {rows}' },
  trackerMissing: {
    zh: '未找到机会列表(需要如“机会名称、客户名称、销售人员、合同金额”的表头)。请在下面选择列表所在的工作表,再确认各列;没有列表无法设置。',
    en: 'No opportunity list found (headers such as Opportunity, Customer, Rep, Amount). Choose the sheet that holds it below, then confirm its columns; the set-up needs a list.',
  },
  sheetLabel: { zh: '机会列表所在的工作表', en: 'Sheet with the opportunity list' },
  pickSheet: { zh: '(请选择工作表)', en: '(choose a sheet)' },
  notFound: { zh: '未找到:', en: 'Not found: ' },
  progressLabel: { zh: '进度', en: 'Progress' },
  mappingHeading: { zh: '列对应(请确认或修改)', en: 'Column mapping (confirm or change)' },
  notMapped: { zh: '(不使用)', en: '(not used)' },
  runSetup: { zh: '设置工作簿', en: 'Set up workbook' },
  funnelHeading: { zh: '生成漏斗', en: 'Generate funnel' },
  periodsHeading: { zh: '按预计签约期间预测', en: 'Forecast by expected close' },
  colPeriod: { zh: '期间', en: 'Period' },
  colOpen: { zh: '在途金额', en: 'Open' },
  colWon: { zh: '赢单', en: 'Won' },
  repFilter: { zh: '销售人员', en: 'Rep' },
  allReps: { zh: '全部', en: 'All reps' },
  runFunnel: { zh: '生成漏斗', en: 'Generate funnel' },
  working: { zh: '处理中…', en: 'Working…' },
  funnelDone: { zh: '漏斗已写入“{tab}”标签页。', en: 'The funnel is on the “{tab}” tab.' },
  forecast: { zh: '预测', en: 'Forecast' },
  pipeline: { zh: '总金额', en: 'Pipeline' },
  colMilestone: { zh: '里程碑', en: 'Milestone' },
  colCount: { zh: '数量', en: 'Count' },
  colAmount: { zh: '金额', en: 'Amount' },
  colWeighted: { zh: '加权金额', en: 'Weighted' },
  colConversion: { zh: '转化率', en: 'Conversion' },
  colRep: { zh: '销售人员', en: 'Rep' },
  colForecast: { zh: '预测', en: 'Forecast' },
  unassigned: { zh: '(未指定)', en: '(unassigned)' },
  rowErrors: { zh: '以下行无法读取,未计入漏斗:', en: 'These rows could not be read and are left out of the funnel:' },
  rowWarnings: { zh: '以下单元格已按规则计入漏斗,请核对:', en: 'These cells were counted by the rules; please check them:' },
  coachHeading: { zh: '辅导', en: 'Coaching' },
  coachHelp: {
    zh: '按上面选择的销售人员,从里程碑、销售强度和业务动作追踪表读出每人的差距和每个进行中机会的下一步;不写入任何内容。',
    en: 'For the rep chosen above: each rep’s gaps and each open deal’s next step, read from the milestone, sales intensity and activity tabs. Nothing is written.',
  },
  runCoach: { zh: '显示辅导', en: 'Show coaching' },
  coachNotSetUp: {
    zh: '此工作簿尚未设置,还没有可辅导的内容:请先点击上面的“设置工作簿”。',
    en: 'This workbook is not set up yet, so there is nothing to coach: run Set up workbook above first.',
  },
  coachDone: { zh: '辅导:{reps} 位销售人员,{deals} 个进行中的机会。', en: 'Coaching: reps {reps}, open deals {deals}.' },
  coachUnknownRep: { zh: '没有名为“{rep}”的销售人员;工作簿中有:{reps}', en: 'No rep named "{rep}"; the workbook has: {reps}' },
  coachTeam: { zh: '团队业务动作占比', en: 'Team activity mix' },
  coachOpen: { zh: '{n} 个进行中的机会', en: 'open deals: {n}' },
  coachNever: { zh: '从未做过:{steps}(团队有人在做)', en: 'Never takes: {steps} (others on the team do)' },
  coachAsks: { zh: '要求生意:占其业务动作的 {share}(团队 {team})', en: 'Asks for the business: {share} of their activity (team {team})' },
  coachNeverAsks: { zh: '——从不要求生意', en: ': never asks' },
  coachFewAsks: { zh: '——远低于团队', en: ': far below the team' },
  coachNoActivity: { zh: '业务动作追踪表中没有此人的记录', en: 'No row for this rep on the activity tab' },
  coachWeakest: { zh: '最弱的 5K 因素:{factor},平均 {score}/20({n} 个已评估的机会)', en: 'Weakest 5K factor: {factor}, average {score}/20 (assessed deals: {n})' },
  coachNotAssessed: { zh: '最弱的 5K 因素:进行中的机会都未评估(销售强度表中未选等级)', en: 'Weakest 5K factor: no open deal assessed yet (no level on the sales intensity tab)' },
  coachOutOfOrder: { zh: '顺序不对的勾选:{n} 个机会(前面的项目未核实,后面的不计入里程碑)', en: 'Out-of-order ticks: {n} deals (an earlier item unverified, so later ones do not count)' },
  coachSignals: { zh: '有购买信号而里程碑在 M2 或之前:{n} 个机会', en: 'Buying signals at M2 or before: {n} deals' },
  coachNoDeals: { zh: '没有进行中的机会', en: 'No open deals' },
  dealNext: { zh: '下一步', en: 'Next step' },
  dealWeakest: { zh: '最弱因素', en: 'Weakest' },
  dealIntensity: { zh: '销售强度', en: 'Intensity' },
  dealOrder: { zh: '顺序不对', en: 'Out of order' },
  dealSignals: { zh: '购买信号', en: 'Buying signals' },
  allVerified: { zh: '全部已核实', en: 'all verified' },
  unassessed: { zh: '未评估', en: 'not assessed' },
} as const satisfies Record<string, Bilingual>;

export type StringKey = keyof typeof STRINGS;

export const FIELD_LABELS: Record<TrackerField, Bilingual> = {
  opportunity: { zh: '机会名称', en: 'Opportunity' },
  customer: { zh: '客户名称', en: 'Customer' },
  rep: { zh: '销售人员', en: 'Rep' },
  amount: { zh: '合同金额', en: 'Amount' },
  expectedClose: { zh: '预计签约日期', en: 'Expected close' },
  stage: { zh: '阶段', en: 'Stage' },
};

export function fill(text: string, params: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
