/**
 * One table of calls that both built hosts must answer alike and as written here. Arguments
 * are as Google Sheets passes them (a single cell as its value, a range as rows, undefined
 * for a left-out argument); the Excel side converts them as Excel passes them. Expected
 * values are written out by hand from methodology.md, not computed by the code under test.
 */
export type Expect = { value: unknown[][] } | { error: RegExp };
export interface Call {
  fn: string;
  args: unknown[];
  expect: Expect;
  lang?: 'zh' | 'en';
  note?: string;
}

const v = (rows: unknown[][]): Expect => ({ value: rows });
const col = (...values: unknown[]): Expect => ({ value: values.map((x) => [x]) });
const err = (pattern: RegExp): Expect => ({ error: pattern });

// Checked and unchecked in the spellings people use.
const YES = [true, 1, 'x', '✓', '√', '是', 'yes', 'TRUE'];
const NO = [false, '', 0, '否', 'no'];
/** A checklist row with the first k items verified (spellings vary with k). */
export function ticks(k: number): unknown[] {
  return Array.from({ length: 22 }, (_, i) => (i < k ? YES[(i + k) % YES.length] : NO[(i + k) % NO.length]));
}
const asColumnRange = (row: unknown[]) => row.map((x) => [x]);

// Milestone reached with the first k items verified: M1 needs K01–K05, M2 K06–K08, M3 K09–K13,
// M4 K14–K15, M5 K16–K18, M6 K19–K22.
const MILESTONE_EN = (k: number) =>
  k < 5 ? 'Not qualified' : k < 8 ? 'Qualified prospect' : k < 13 ? 'Qualified contact' : k < 15 ? 'Qualified decision maker' : k < 18 ? 'Decision made' : k < 22 ? 'Awaiting close' : 'Closed';
const MILESTONE_ZH = (k: number) => (k < 5 ? '未合格' : k < 8 ? '合格潜在客户' : k < 13 ? '合格经办人' : k < 15 ? '合格决策者' : k < 18 ? '决策定案' : k < 22 ? '等候结案' : '结案');
const PROBABILITY = (k: number) => (k < 5 ? 0 : k < 8 ? 0.1 : k < 13 ? 0.25 : k < 15 ? 0.5 : k < 18 ? 0.75 : k < 22 ? 0.9 : 1);
// Buyer stage when K(k+1) is the first unverified item; K07 belongs to no stage, so k = 6 is B2.
const STAGE_EN = (k: number) =>
  k < 6 ? 'Aware of the problem' : k < 11 ? 'Decides to solve' : k < 13 ? 'Sets criteria' : k < 15 ? 'Evaluates and selects' : k < 19 ? 'Buys' : 'Experiences and feeds back';
const NEXT_EN = [
  'Does the product the customer uses now have problems?',
  'Have you found the customer’s latent problems and pain?',
  'Contact admits the problem and pain',
  'Contact holds a valuable buying vision',
  'Contact agrees to keep exploring',
  'Contact agrees to introduce the decision maker',
  'Consensus written up in a letter to the contact',
  'Decision maker reached',
  'Decision maker admits the problem and pain',
  'Decision maker holds a valuable buying vision',
  'Decision maker agrees to keep exploring',
  'Product capabilities that meet the customer’s value presented',
  'Presentation of capabilities confirmed',
  'Supplier and product chosen by the criteria',
  'Asked for the decision',
  'Close proposed, decision taken',
  'Verbal agreement obtained',
  'Contract terms negotiated',
  'Contract signed',
  'After-sales service',
  'Customer usage feedback',
  'Prospect database updated',
  '',
];

const K = Array.from({ length: 23 }, (_, k) => k);

/** Six deals over a quarter's edge: close dates, milestones, amounts, statuses (columns). */
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const FORECAST_ROWS: unknown[][][] = [
  [[day('2027-02-10')], [day('2027-03-31')], [day('2027-04-01')], [''], [day('2027-01-01')], [day('2027-01-15')]],
  [['Qualified decision maker'], ['Awaiting close'], ['Closed'], ['M1'], ['M2'], [0.25]],
  [[100000], [20000], [50000], [1000], [8000], ['12万']],
  [[''], ['Won'], [''], [''], ['进行中'], ['']],
];

export const CALLS: Call[] = [
  // ---- SALES_INTENSITY, FIVEK_INDEX, WEAKEST_FACTOR: five cells, five columns, one 5-wide range
  { fn: 'SALES_INTENSITY', args: [10, 8, 6, 3, 4], expect: v([[31]]) },
  { fn: 'SALES_INTENSITY', args: [20, 20, 20, 20, 20], expect: v([[100]]) },
  { fn: 'SALES_INTENSITY', args: ['', '', '', '', ''], expect: v([[0]]), note: 'blank cells are 0' },
  { fn: 'SALES_INTENSITY', args: [[[10, 8, 6, 3, 4]]], expect: v([[31]]) },
  { fn: 'SALES_INTENSITY', args: [[[10, 8, 6, 3, 4], [0, 0, 0, 0, 0], [20, '', 5.5, 1, 2]]], expect: col(31, 0, 28.5) },
  { fn: 'SALES_INTENSITY', args: [[[1], [2]], [[3], [4]], [[5], [6]], [[7], [8]], [[9], [10]]], expect: col(25, 30) },
  { fn: 'SALES_INTENSITY', args: [[[1], [2]], 10, 10, 10, 10], expect: col(41, 42), note: 'a single cell repeats down the rows' },
  { fn: 'SALES_INTENSITY', args: [21, 8, 6, 3, 4], expect: err(/out of range.*\/.*超出范围|超出范围.*\/.*out of range/) },
  { fn: 'SALES_INTENSITY', args: [-1, 8, 6, 3, 4], expect: err(/out of range/) },
  { fn: 'SALES_INTENSITY', args: [10, 'ten', 6, 3, 4], expect: err(/"ten" is not a number/) },
  { fn: 'SALES_INTENSITY', args: [10, true, 6, 3, 4], expect: err(/is not a number/) },
  { fn: 'SALES_INTENSITY', args: [10, 8], expect: err(/scores given: 2; expected 5/) },
  { fn: 'SALES_INTENSITY', args: [[[1, 2, 3]]], expect: err(/scores given: 3/) },
  { fn: 'SALES_INTENSITY', args: [[[1, 2, 3, 4, 5]], 1, 1, 1, 1], expect: err(/leave the other four scores out/) },
  { fn: 'SALES_INTENSITY', args: [[[1], [2]], [[1], [2], [3]], 1, 1, 1], expect: err(/power has 3 rows but the other ranges have 2/) },
  { fn: 'SALES_INTENSITY', args: [[[1, 2]], 1, 1, 1, 1], expect: err(/problem is a 1×2 range; expected one cell or one column/) },
  { fn: 'SALES_INTENSITY', args: [[[1, 2, 3, 4, 5], [1, 2, 3, 4, 25]]], expect: err(/row 2 of the range: .*25 is out of range/) },
  { fn: 'SALES_INTENSITY', args: [], expect: err(/scores given: 0/) },
  { fn: 'FIVEK_INDEX', args: [20, 20, 10, 20, 20], expect: v([[0.5]]) },
  { fn: 'FIVEK_INDEX', args: [20, 20, 20, 20, 20], expect: v([[1]]) },
  { fn: 'FIVEK_INDEX', args: [20, 0, 20, 20, 20], expect: v([[0]]), note: 'any factor at zero means no sale' },
  { fn: 'FIVEK_INDEX', args: [[[10, 10, 10, 10, 10], [20, 10, 20, 10, 20]]], expect: col(0.03125, 0.25) },
  { fn: 'FIVEK_INDEX', args: [20, 20, 20, 20, 20.5], expect: err(/20\.5 is out of range/) },
  { fn: 'WEAKEST_FACTOR', args: [10, 8, 6, 3, 4], expect: v([['Value']]) },
  { fn: 'WEAKEST_FACTOR', args: [10, 8, 6, 3, 4], expect: v([['价值']]), lang: 'zh' },
  { fn: 'WEAKEST_FACTOR', args: [5, 5, 5, 5, 5], expect: v([['Problem']]), note: 'the first on ties' },
  { fn: 'WEAKEST_FACTOR', args: [[[9, 2, 9, 9, 2], [9, 9, 9, 9, 1]]], expect: col('Power', 'Control') },
  { fn: 'WEAKEST_FACTOR', args: [[[9, 2, 9, 9, 2], [9, 9, 9, 9, 1]]], expect: col('权力', '控制'), lang: 'zh' },
  { fn: 'WEAKEST_FACTOR', args: [10, 8, 6, 3, 'x'], expect: err(/"x" is not a number/) },

  // ---- RUBRIC_SCORE, RUBRIC_LEVELS
  { fn: 'RUBRIC_SCORE', args: ['problem', 'P5'], expect: v([[10]]) },
  { fn: 'RUBRIC_SCORE', args: ['problem', 'P5', 'decision maker'], expect: v([[20]]) },
  { fn: 'RUBRIC_SCORE', args: ['问题', 'P3', '决策者'], expect: v([[16]]) },
  { fn: 'RUBRIC_SCORE', args: ['PROBLEM', 'p0', '决策者'], expect: v([[12]]), note: 'any case' },
  { fn: 'RUBRIC_SCORE', args: ['power', 'W3', 'decision maker'], expect: v([[9]]), note: 'role ignored for power' },
  { fn: 'RUBRIC_SCORE', args: ['权力', '决策者同意购买'], expect: v([[20]]), note: 'a level by its description' },
  { fn: 'RUBRIC_SCORE', args: ['vision', 'V2 区隔愿景', '经办人'], expect: v([[4]]) },
  { fn: 'RUBRIC_SCORE', args: ['value', 'U6', 'decision maker'], expect: v([[20]]) },
  { fn: 'RUBRIC_SCORE', args: ['价值', 'Customer states the value'], expect: v([[3]]) },
  { fn: 'RUBRIC_SCORE', args: ['control', 'C5'], expect: v([[16]]) },
  { fn: 'RUBRIC_SCORE', args: ['控制', 'C6', '决策者'], expect: v([[20]]) },
  { fn: 'RUBRIC_SCORE', args: ['vision', [['V0'], ['V1'], ['V3']], 'decision maker'], expect: col(8, 10, 20) },
  { fn: 'RUBRIC_SCORE', args: [[['problem'], ['power']], [['P1'], ['W7']]], expect: col(2, 20) },
  { fn: 'RUBRIC_SCORE', args: ['problem', 'P9'], expect: err(/"P9" is not a level of problem; valid levels: P0, P1, P2, P3, P4, P5/) },
  { fn: 'RUBRIC_SCORE', args: ['power', 'P1'], expect: err(/not a level of power/) },
  { fn: 'RUBRIC_SCORE', args: ['budget', 'P1'], expect: err(/unknown factor "budget"/) },
  { fn: 'RUBRIC_SCORE', args: ['problem', 'P1', 'boss'], expect: err(/unknown role "boss"/) },
  { fn: 'RUBRIC_SCORE', args: ['problem'], expect: err(/"" is not a level of problem/) },
  { fn: 'RUBRIC_SCORE', args: ['problem', [['P1', 'P2']]], expect: err(/level is a 1×2 range/) },
  {
    fn: 'RUBRIC_LEVELS',
    args: ['vision'],
    expect: v([
      ['V0', 'No vision, or a competitor’s vision', 0],
      ['V1', 'Vision built around the product', 2],
      ['V2', 'Differentiated vision', 4],
      ['V3', 'Customer agrees to the vision', 6],
    ]),
  },
  {
    fn: 'RUBRIC_LEVELS',
    args: ['愿景', '决策者'],
    lang: 'zh',
    expect: v([
      ['V0', '未创造远景/或竞争性愿景', 8],
      ['V1', '以产品为前提创造愿景', 10],
      ['V2', '区隔愿景', 15],
      ['V3', '客户同意愿景', 20],
    ]),
  },
  {
    fn: 'RUBRIC_LEVELS',
    args: ['Control', 'decision maker'],
    expect: v([
      ['C0', 'Nothing in writing', 0],
      ['C1', 'Contact states and admits the problem and pain', 4],
      ['C2', 'Contact introduces the decision maker', 8],
      ['C3', 'Decision maker admits the problem and discusses solutions', 10],
      ['C4', 'Decision maker confirms and refines the proposal', 14],
      ['C5', 'Pre-proposal review held', 16],
      ['C6', 'Evaluation plan completed', 20],
    ]),
  },
  { fn: 'RUBRIC_LEVELS', args: ['power'], expect: { value: [['W0', 'Decision maker unknown', 0], ['W1', 'Decision maker known', 4], ['W2', 'Buying and decision process understood', 8], ['W3', 'Contact agrees to introduce the decision maker', 9], ['W4', 'Decision maker agrees to keep exploring', 10], ['W5', 'Decision maker agrees to the value plan', 14], ['W6', 'Decision maker agrees to the proposal', 16], ['W7', 'Decision maker agrees to buy', 20]] } },
  { fn: 'RUBRIC_LEVELS', args: ['money'], expect: err(/unknown factor "money"/) },
  { fn: 'RUBRIC_LEVELS', args: [[['problem'], ['power']]], expect: err(/factor is a 2×1 range; expected a single cell/) },

  // ---- MILESTONE, MILESTONE_PROBABILITY, BUYING_STAGE, NEXT_STEP over every checklist state
  ...K.map((k): Call => ({ fn: 'MILESTONE', args: [[ticks(k)]], expect: v([[MILESTONE_EN(k)]]) })),
  ...[0, 4, 5, 8, 13, 15, 18, 22].map((k): Call => ({ fn: 'MILESTONE', args: [[ticks(k)]], lang: 'zh', expect: v([[MILESTONE_ZH(k)]]) })),
  ...K.map((k): Call => ({ fn: 'MILESTONE_PROBABILITY', args: [asColumnRange(ticks(k))], expect: v([[PROBABILITY(k)]]) })),
  ...K.map((k): Call => ({ fn: 'BUYING_STAGE', args: [[ticks(k)]], expect: v([[STAGE_EN(k)]]) })),
  ...K.map((k): Call => ({ fn: 'NEXT_STEP', args: [[ticks(k)]], expect: v([[NEXT_EN[k]]]) })),
  { fn: 'MILESTONE', args: [[ticks(8), ticks(13), ticks(0)]], expect: col('Qualified contact', 'Qualified decision maker', 'Not qualified') },
  { fn: 'MILESTONE', args: [[ticks(8), ticks(13), ticks(0)]], expect: col('合格经办人', '合格决策者', '未合格'), lang: 'zh' },
  { fn: 'MILESTONE', args: [[ticks(13).map((x, i) => (i === 2 ? false : x))]], expect: v([['Not qualified']]), note: 'strict gating: K03 missing' },
  { fn: 'MILESTONE', args: [asColumnRange(ticks(22))], expect: v([['结案']]), lang: 'zh' },
  { fn: 'MILESTONE', args: [[ticks(21)]], expect: v([['Awaiting close']]) },
  { fn: 'MILESTONE', args: [[ticks(8).slice(1)]], expect: err(/cells in the checklist: 21; expected 22/) },
  { fn: 'MILESTONE', args: [true], expect: err(/cells in the checklist: 1;/) },
  { fn: 'MILESTONE', args: [[ticks(8).map((x, i) => (i === 3 ? 'maybe' : x))]], expect: err(/K04 value "maybe" is not a check mark/) },
  { fn: 'MILESTONE', args: [[ticks(8), ticks(9).map((x, i) => (i === 0 ? 2 : x))]], expect: err(/row 2 of the range: K01 value "2" is not a check mark/) },
  { fn: 'MILESTONE_PROBABILITY', args: ['合格决策者'], expect: v([[0.5]]) },
  { fn: 'MILESTONE_PROBABILITY', args: ['Awaiting close'], expect: v([[0.9]]) },
  { fn: 'MILESTONE_PROBABILITY', args: ['M4'], expect: v([[0.75]]) },
  { fn: 'MILESTONE_PROBABILITY', args: ['not qualified'], expect: v([[0]]) },
  { fn: 'MILESTONE_PROBABILITY', args: [0.25], expect: v([[0.25]]) },
  { fn: 'MILESTONE_PROBABILITY', args: [[['Closed'], ['合格经办人'], [''], [0.1]]], expect: col(1, 0.25, 0, 0.1) },
  { fn: 'MILESTONE_PROBABILITY', args: [[ticks(5), ticks(15)]], expect: col(0.1, 0.75) },
  {
    fn: 'MILESTONE_PROBABILITY',
    args: [asColumnRange(Array.from({ length: 22 }, (_, i) => (i % 2 ? 'Closed' : '决策定案')))],
    expect: col(...Array.from({ length: 22 }, (_, i) => (i % 2 ? 1 : 0.75))),
    note: 'a column of 22 milestone names is read as milestones, not a checklist',
  },
  { fn: 'MILESTONE_PROBABILITY', args: [0.3], expect: err(/0\.3 is not a milestone probability/) },
  { fn: 'MILESTONE_PROBABILITY', args: ['won'], expect: err(/"won" is not a milestone/) },
  { fn: 'MILESTONE_PROBABILITY', args: [[['Closed', 'M1']]], expect: err(/cells in the checklist: 2;/) },
  { fn: 'BUYING_STAGE', args: [[ticks(7)]], expect: v([['决定解决']]), lang: 'zh' },
  { fn: 'BUYING_STAGE', args: [[ticks(3).slice(0, 20)]], expect: err(/cells in the checklist: 20;/) },
  { fn: 'NEXT_STEP', args: [[ticks(7)]], expect: v([['接触决策者']]), lang: 'zh' },
  { fn: 'NEXT_STEP', args: [[ticks(22), ticks(0)]], expect: col('', 'Does the product the customer uses now have problems?') },

  // ---- WEIGHTED_AMOUNT
  { fn: 'WEIGHTED_AMOUNT', args: [120000, 'Qualified decision maker'], expect: v([[60000]]) },
  { fn: 'WEIGHTED_AMOUNT', args: ['12万', '等候结案'], expect: v([[108000]]) },
  { fn: 'WEIGHTED_AMOUNT', args: ['¥1,000', 0.3], expect: v([[300]]), note: 'any probability 0–1' },
  { fn: 'WEIGHTED_AMOUNT', args: [2000, [ticks(13)]], expect: v([[1000]]) },
  { fn: 'WEIGHTED_AMOUNT', args: ['', 'Closed'], expect: v([[0]]) },
  { fn: 'WEIGHTED_AMOUNT', args: [[[100], [200], [400]], [['M1'], ['结案'], [0.5]]], expect: col(10, 200, 200) },
  { fn: 'WEIGHTED_AMOUNT', args: [[[100], [200]], [ticks(5), ticks(22)]], expect: col(10, 200) },
  { fn: 'WEIGHTED_AMOUNT', args: [[[100], [200]], 'Decision made'], expect: col(75, 150) },
  { fn: 'WEIGHTED_AMOUNT', args: [-5, 'Closed'], expect: err(/the amount -5 is negative/) },
  { fn: 'WEIGHTED_AMOUNT', args: ['lots', 'Closed'], expect: err(/"lots" is not an amount/) },
  { fn: 'WEIGHTED_AMOUNT', args: [100, 1.5], expect: err(/the probability 1\.5 is out of range/) },
  { fn: 'WEIGHTED_AMOUNT', args: [[[1], [2], [3]], [['M1'], ['M2']]], expect: err(/has 2 rows but the other ranges have 3/) },

  // ---- FUNNEL
  {
    fn: 'FUNNEL',
    args: [[['M1'], ['Qualified contact'], [''], ['结案'], ['未合格']], [[100], [200], [''], [300], [50]]],
    expect: v([
      ['Not qualified', 1, 50, 0, ''],
      ['Qualified prospect', 1, 100, 10, 0.75],
      ['Qualified contact', 1, 200, 50, 2 / 3],
      ['Qualified decision maker', 0, 0, 0, 0.5],
      ['Decision made', 0, 0, 0, 1],
      ['Awaiting close', 0, 0, 0, 1],
      ['Closed', 1, 300, 300, 1],
    ]),
    note: 'the blank row is skipped; conversion is reached-this over reached-the-previous',
  },
  {
    fn: 'FUNNEL',
    args: [[['合格决策者'], [0.5], ['M5']]],
    lang: 'zh',
    expect: v([
      ['未合格', 0, 0, 0, ''],
      ['合格潜在客户', 0, 0, 0, 1],
      ['合格经办人', 0, 0, 0, 1],
      ['合格决策者', 2, 0, 0, 1],
      ['决策定案', 0, 0, 0, 1 / 3],
      ['等候结案', 1, 0, 0, 1],
      ['结案', 0, 0, 0, 0],
    ]),
  },
  {
    fn: 'FUNNEL',
    args: [''],
    expect: v([
      ['Not qualified', 0, 0, 0, ''],
      ['Qualified prospect', 0, 0, 0, ''],
      ['Qualified contact', 0, 0, 0, ''],
      ['Qualified decision maker', 0, 0, 0, ''],
      ['Decision made', 0, 0, 0, ''],
      ['Awaiting close', 0, 0, 0, ''],
      ['Closed', 0, 0, 0, ''],
    ]),
    note: 'nothing to count: no conversion',
  },
  { fn: 'FUNNEL', args: [[['M1'], ['M9']]], expect: err(/row 2 of the range: "M9" is not a milestone/) },
  { fn: 'FUNNEL', args: [[['M1'], ['M2']], [[1], [2], [3]]], expect: err(/amounts has 3 rows but the other ranges have 2/) },
  { fn: 'FUNNEL', args: [[['M1', 'M2']]], expect: err(/milestones is a 1×2 range/) },

  // ---- PERIOD_FORECAST: close dates as each host passes a date cell (Sheets a Date, Excel a day number).
  { fn: 'PERIOD_FORECAST', args: ['2027-Q1', ...FORECAST_ROWS], expect: v([[52000]]), note: 'won, next quarter, no date and text amount left out' },
  { fn: 'PERIOD_FORECAST', args: ['2027-Q1', ...FORECAST_ROWS.slice(0, 3)], expect: v([[70000]]), note: 'without statuses every row counts' },
  { fn: 'PERIOD_FORECAST', args: ['2027q2', ...FORECAST_ROWS], expect: v([[50000]]), note: 'the 1st of April opens Q2' },
  { fn: 'PERIOD_FORECAST', args: ['2027-03', ...FORECAST_ROWS], expect: v([[0]]), note: 'the only March deal is won' },
  { fn: 'PERIOD_FORECAST', args: ['2027-01', ...FORECAST_ROWS], expect: v([[2000]]) },
  { fn: 'PERIOD_FORECAST', args: ['Q1 2027', ...FORECAST_ROWS], expect: err(/Cannot read the period "Q1 2027"/) },
  { fn: 'PERIOD_FORECAST', args: ['2027-Q1', FORECAST_ROWS[0], FORECAST_ROWS[1].slice(0, 2), FORECAST_ROWS[2]], expect: err(/has 2 rows but the other ranges have 6/) },
  { fn: 'PERIOD_FORECAST', args: ['2027-Q1', FORECAST_ROWS[0], [['M1'], ['M9'], ['M1'], ['M1'], ['M1'], ['M1']], FORECAST_ROWS[2]], expect: err(/row 2 of the range: "M9" is not a milestone/) },

  // ---- CUSTOMER_GRADE
  { fn: 'CUSTOMER_GRADE', args: ['high', 'high'], expect: v([['Key account']]) },
  { fn: 'CUSTOMER_GRADE', args: ['低', '高'], expect: v([['可能客户']]), lang: 'zh' },
  { fn: 'CUSTOMER_GRADE', args: ['high', 2], expect: v([['Ordinary account']]) },
  { fn: 'CUSTOMER_GRADE', args: [1, 1], expect: v([['Ignore']]) },
  { fn: 'CUSTOMER_GRADE', args: [7, 4, 6], expect: v([['Ordinary account']]), note: 'a threshold for another scale' },
  { fn: 'CUSTOMER_GRADE', args: [[[5], [1], [3]], [[5], [5], [2]]], expect: col('Key account', 'Possible account', 'Ordinary account') },
  { fn: 'CUSTOMER_GRADE', args: [[[5], [1]], [[5], [5]]], expect: col('重点客户', '可能客户'), lang: 'zh' },
  { fn: 'CUSTOMER_GRADE', args: ['good', 'high'], expect: err(/relationship "good" is neither high nor low/) },
  { fn: 'CUSTOMER_GRADE', args: ['high', 'high', 'three'], expect: err(/the threshold "three" is not a number/) },
  { fn: 'CUSTOMER_GRADE', args: ['high'], expect: err(/attractiveness and potential "" is neither high nor low/) },
];
