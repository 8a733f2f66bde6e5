import { tabAmount } from '../cells/amount';
import { closeDay, parsePeriod, periodDays } from '../cells/calendar';
import { tabStatus } from '../layout/dealStatus';
import { probabilities } from './checklistArgs';
import { CHECKLIST_OR_MILESTONE, perOpportunity } from './params';
import { declareFunction, param } from './declare';
import { asColumn, at, commonHeight, isOmitted, single } from './shapes';

/**
 * The forecast of a month or a quarter, where a manager types it: by the milestone tab's own rules
 * (core/layout/periods.ts), so the cell equals the funnel tab's period table over the same rows.
 */

const PERIOD_PARAM = param('period', '期间', {
  description: {
    zh: '月份如 "2027-03" 或季度如 "2027-Q1"',
    en: 'a month such as "2027-03" or a quarter such as "2027-Q1"',
  },
});

const CLOSE_DATES_PARAM = param('close_dates', '预计签约日期', {
  description: perOpportunity({ zh: '预计签约日期', en: 'expected close date' }, { zh: '非日期不计', en: 'a cell that is no date is in no period' }),
});

const AMOUNTS_PARAM = param('amounts', '金额', {
  description: perOpportunity({ zh: '金额', en: 'amount' }, { zh: '文本与负数按 0 计,与里程碑表相同', en: 'text and negatives count as 0, as on the milestone tab' }),
});

const STATUSES_PARAM = param('statuses', '状态', {
  description: perOpportunity({ zh: '状态', en: 'status' }, { zh: '只计进行中的(空白即进行中)', en: 'only open deals count (blank is open)' }),
  optional: true,
});

export const PERIOD_FORECAST = declareFunction('PERIOD_FORECAST', '期间预测', {
  description: {
    zh: '期间预测:预计在该月或季度签约的进行中机会的加权金额之和',
    en: 'The forecast of a period: the weighted amount of the open deals expected to close in that month or quarter',
  },
  params: [PERIOD_PARAM, CLOSE_DATES_PARAM, CHECKLIST_OR_MILESTONE, AMOUNTS_PARAM, STATUSES_PARAM],
  result: 'number',
  example: {
    formula: '=PERIOD_FORECAST("2027-Q1", E3:E500, AD3:AD500, D3:D500, AH3:AH500)',
    result: { zh: '2027-Q1 的加权预测,同漏斗表', en: 'the 2027-Q1 forecast, as on the funnel tab' },
  },
  implementation: (args) => {
    const period = parsePeriod(String(single(args[0], PERIOD_PARAM) ?? ''));
    const dates = asColumn(args[1], CLOSE_DATES_PARAM);
    const weights = probabilities(args[2], false);
    const amounts = asColumn(args[3], AMOUNTS_PARAM);
    const statuses = isOmitted(args[4]) ? null : asColumn(args[4], STATUSES_PARAM);
    const params = [CLOSE_DATES_PARAM, CHECKLIST_OR_MILESTONE, AMOUNTS_PARAM, ...(statuses ? [STATUSES_PARAM] : [])];
    const n = commonHeight([dates.length, weights.length, amounts.length, ...(statuses ? [statuses.length] : [])], params);
    const { from, to } = periodDays(period);
    let forecast = 0;
    for (let r = 0; r < n; r++) {
      const day = closeDay(at(dates, r));
      if (day === null || day < from || day >= to) continue;
      if (statuses && tabStatus(at(statuses, r)) !== 'open') continue;
      forecast += (tabAmount(at(amounts, r)) ?? 0) * at(weights, r);
    }
    return [[forecast]];
  },
});
