/**
 * Traditional Chinese (zh-TW, zh-HK) names and descriptions of the custom functions, one entry
 * per declaration id and one per parameter id, typed data written and reviewed by hand (not a
 * character-by-character conversion): Excel's Traditional Chinese terms are used, which differ
 * from the Simplified ones in meaning, not only in form — 儲存格 cell, 欄 column, 列 row,
 * 範圍 range, 引數 argument, 預設 default, 機率 probability. The Simplified 一列 (one column)
 * is 一欄 here, and 一行 (one row) is 一列.
 *
 * What a user types and the functions compare (问题, 经办人, 12万…) stays as the functions accept
 * it, in Simplified characters, marked 以簡體輸入. Results are in Chinese for every Chinese
 * locale (langOfLocale) and use the Simplified words.
 *
 * Only the build reads this (scripts/functions: functions-zh-tw.json, the reference); no
 * runtime bundle imports it, so Code.js does not grow. test/functions/traditional.test.ts
 * checks every id and parameter of the catalogue has its entry, and no other.
 */

/** A name and a description in Traditional Chinese. */
export interface TraditionalText {
  readonly name: string;
  readonly description: string;
}

export interface TraditionalDeclaration extends TraditionalText {
  /** By parameter id. */
  readonly params: Readonly<Record<string, TraditionalText>>;
}

const SCORE_TAIL = '0–20 的得分(空白為 0):單一儲存格或一欄';

/** The five 5K factor scores, as params.ts declares them (problem also takes the 5-column range). */
const FIVE_SCORES: Readonly<Record<string, TraditionalText>> = {
  problem: { name: '問題', description: `問題${SCORE_TAIL};或 5 欄寬的範圍(問題、權力、願景、價值、控制),此時省略其餘引數` },
  power: { name: '權力', description: `權力${SCORE_TAIL}` },
  vision: { name: '願景', description: `願景${SCORE_TAIL}` },
  value: { name: '價值', description: `價值${SCORE_TAIL}` },
  control: { name: '控制', description: `控制${SCORE_TAIL}` },
};

const CHECKLIST: TraditionalText = {
  name: '清單',
  description: '里程碑清單 K01–K22 的 22 個勾選儲存格,一列或一欄;22 欄寬、N 列高的範圍得到 N 個結果',
};

const CHECKS_OR_MILESTONE = '22 個勾選儲存格(一列、一欄或 22 欄寬的範圍),或里程碑名稱/編號/機率(儲存格或一欄)';

const FACTOR_INPUT = '问题/权力/愿景/价值/控制(以簡體輸入)或 problem/power/vision/value/control,不分大小寫';

const ROLE: TraditionalText = { name: '角色', description: '经办人(預設)或 决策者(以簡體輸入);權力與控制忽略此引數' };

export const TRADITIONAL: Readonly<Record<string, TraditionalDeclaration>> = {
  SALES_INTENSITY: {
    name: '銷售強度',
    description: '銷售強度:五個因素得分之和,0–100',
    params: FIVE_SCORES,
  },
  FIVEK_INDEX: {
    name: '五K指數',
    description: '5K 指數:各因素得分/20 的乘積,0–1;任一因素為 0 則為 0',
    params: FIVE_SCORES,
  },
  WEAKEST_FACTOR: {
    name: '最弱因素',
    description: '得分最低的因素名稱(並列時取靠前者)',
    params: FIVE_SCORES,
  },
  RUBRIC_SCORE: {
    name: '等級得分',
    description: '評分標準中某因素某等級的得分(按經辦人或決策者)',
    params: {
      factor: { name: '因素', description: `${FACTOR_INPUT};儲存格或一欄` },
      level: {
        name: '等級',
        description: '評分等級:編號(如 P5)、描述(如 客户承认痛苦,以簡體輸入)或兩者(P5 客户承认痛苦);儲存格或一欄',
      },
      role: ROLE,
    },
  },
  RUBRIC_LEVELS: {
    name: '評分等級表',
    description: '某因素的評分標準,展開為表:編號、描述、得分',
    params: {
      factor: { name: '因素', description: FACTOR_INPUT },
      role: ROLE,
    },
  },
  MILESTONE: {
    name: '里程碑',
    description: '清單達到的里程碑名稱(逐級核實);未達到第一個里程碑為「未合格」',
    params: { checklist: CHECKLIST },
  },
  MILESTONE_PROBABILITY: {
    name: '里程碑機率',
    description: '里程碑的成交機率:0、0.1、0.25、0.5、0.75、0.9 或 1',
    params: { checklist_or_milestone: { name: '清單或里程碑', description: CHECKS_OR_MILESTONE } },
  },
  BUYING_STAGE: {
    name: '購買階段',
    description: '購買者目前所處的購買循環階段:第一個有未核實事項的階段',
    params: { checklist: CHECKLIST },
  },
  NEXT_STEP: {
    name: '下一步',
    description: '第一個未核實事項的內容;全部核實時為空',
    params: { checklist: CHECKLIST },
  },
  WEIGHTED_AMOUNT: {
    name: '加權金額',
    description: '加權金額:金額 × 里程碑機率',
    params: {
      amount: { name: '金額', description: '金額:數字或如 1,200、¥1,200、12万 的文字(空白為 0);儲存格或一欄' },
      checklist_or_milestone_or_probability: { name: '清單或里程碑或機率', description: `${CHECKS_OR_MILESTONE};或 0–1 的任意機率` },
    },
  },
  FUNNEL: {
    name: '銷售漏斗',
    description: '銷售漏斗,展開為表,每個里程碑一列:名稱、數量、金額、加權金額、轉換率',
    params: {
      milestones: { name: '里程碑', description: '各機會的里程碑:名稱(中文或英文)、編號 M1–M6 或機率,一欄;里程碑與金額都空白的列不計' },
      amounts: { name: '金額', description: '各機會的金額,與里程碑同高的一欄(可省略)' },
    },
  },
  PERIOD_FORECAST: {
    name: '期間預測',
    description: '期間預測:預計在該月或季度簽約的進行中機會的加權金額之和',
    params: {
      period: { name: '期間', description: '月份如 "2027-03" 或季度如 "2027-Q1"' },
      close_dates: { name: '預計簽約日期', description: '各機會的預計簽約日期,一欄;非日期不計' },
      checklist_or_milestone: { name: '清單或里程碑', description: CHECKS_OR_MILESTONE },
      amounts: { name: '金額', description: '各機會的金額,一欄;文字與負數按 0 計,與里程碑表相同' },
      statuses: { name: '狀態', description: '各機會的狀態,一欄;只計進行中的(空白即進行中;以簡體輸入)' },
    },
  },
  CUSTOMER_GRADE: {
    name: '客戶等級',
    description: '客戶等級:重點客戶、可能客戶、普通客戶 或 忽略',
    params: {
      relationship: { name: '關係', description: '與客戶的關係:高/低、high/low,或與閾值比較的數字;儲存格或一欄' },
      attractiveness: { name: '吸引力與潛力', description: '客戶的吸引力與潛力:高/低、high/low,或與閾值比較的數字;儲存格或一欄' },
      threshold: { name: '閾值', description: '數字達到或超過此值為高;預設 3(1–5 分制)' },
    },
  },
};
