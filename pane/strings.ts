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
