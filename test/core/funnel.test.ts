import { activityMix, evaluatePipeline, funnel, parseMilestone, parseSellerStep, MethodError } from '../../core';

describe('the funnel and forecast', () => {
  const opportunities = [
    { level: 0 as const, amount: 100, rep: '李' },
    { level: 1 as const, amount: 1000, rep: '李' },
    { level: 1 as const, amount: 500, rep: '张' },
    { level: 3 as const, amount: 2000, rep: '张' },
    { level: 6 as const, amount: 400, rep: '王' },
  ];
  const f = funnel(opportunities);

  it('counts, sums and weights each milestone', () => {
    expect(f.rows.map((r) => [r.milestone.zh, r.count, r.amount, r.weighted])).toEqual([
      ['未合格', 1, 100, 0],
      ['合格潜在客户', 2, 1500, 150],
      ['合格经办人', 0, 0, 0],
      ['合格决策者', 1, 2000, 1000],
      ['决策定案', 0, 0, 0],
      ['等候结案', 0, 0, 0],
      ['结案', 1, 400, 400],
    ]);
  });

  it('converts from the previous milestone: at or beyond this one over at or beyond the previous', () => {
    expect(f.rows.map((r) => r.conversion)).toEqual([null, 4 / 5, 2 / 4, 2 / 2, 1 / 2, 1 / 1, 1 / 1]);
  });

  it('forecasts the sum of weighted amounts, in total and by rep', () => {
    expect(f.forecast).toBe(1550);
    expect(f.count).toBe(5);
    expect(f.amount).toBe(4000);
    expect(f.byRep).toEqual([
      { rep: '李', count: 2, amount: 1100, forecast: 100 },
      { rep: '张', count: 2, amount: 2500, forecast: 1050 },
      { rep: '王', count: 1, amount: 400, forecast: 400 },
    ]);
  });

  it('leaves conversion empty where nothing reached the previous milestone', () => {
    const empty = funnel([]);
    expect(empty.rows.every((r) => r.conversion === null)).toBe(true);
    expect(empty.forecast).toBe(0);
  });
});

describe('milestones given by name or probability', () => {
  it.each([
    ['合格决策者', 3],
    ['Qualified decision maker', 3],
    ['qualified CONTACT', 2],
    ['M6', 6],
    ['未合格', 0],
    ['Not qualified', 0],
    ['', 0],
    [null, 0],
    [0.75, 4],
    ['0.9', 5],
    ['50%', 3],
    [1, 6],
  ])('reads %p as level %p', (value, level) => {
    expect(parseMilestone(value)).toBe(level);
  });

  it.each(['Closed-won', 0.3, '30%', true])('refuses %p', (value) => {
    expect(() => parseMilestone(value)).toThrow(MethodError);
  });
});

describe('the activity mix per rep', () => {
  const mix = activityMix([
    { rep: '李', counts: [10, 8, 6, 4, 4, 2] },
    { rep: '张', counts: [20, 10, 6, 4, 0, 0] },
    { rep: '王', counts: [10, 10, 10, 10, 1, 9] },
    { rep: '李', counts: [0, 0, 0, 0, 2, ''] },
  ]);

  it('adds a rep’s rows and turns counts into shares', () => {
    const li = mix.reps.find((r) => r.rep === '李')!;
    expect(li.counts).toEqual([10, 8, 6, 4, 6, 2]);
    expect(li.total).toBe(36);
    expect(li.shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    expect(mix.teamCounts).toEqual([40, 28, 22, 18, 7, 11]);
  });

  it('flags a step the rep never takes while the team does', () => {
    const zhang = mix.reps.find((r) => r.rep === '张')!;
    expect(zhang.gaps.map((g) => [g.kind, g.step.zh])).toEqual([
      ['never', '要求生意'],
      ['never', '跟踪维护'],
    ]);
  });

  it('flags asks for business far below the team’s rate', () => {
    const wang = mix.reps.find((r) => r.rep === '王')!;
    expect(wang.gaps).toEqual([expect.objectContaining({ kind: 'fewAsks' })]);
    expect(mix.reps.find((r) => r.rep === '李')!.gaps).toEqual([]);
  });

  it('refuses counts that are not whole numbers', () => {
    expect(() => activityMix([{ rep: 'x', counts: [1, 2, 3, 4, 5, 1.5] }])).toThrow(/跟踪维护/);
    expect(() => activityMix([{ rep: 'x', counts: [1, 2, 3] }])).toThrow(MethodError);
  });

  it('reads seller steps by id or name, including the source’s other names', () => {
    expect(['S1', '要求成交', 'follow up and maintain', '演示说服'].map((s) => parseSellerStep(s).id)).toEqual(['S1', 'S5', 'S6', 'S4']);
    expect(() => parseSellerStep('cold call')).toThrow(MethodError);
  });
});

describe('the pipeline over whole columns', () => {
  const tick = (n: number) => Array.from({ length: 22 }, (_, i) => i < n);
  const rows = [
    ['A', '李', '¥1,000', ...tick(5), 10, 10, 10, 10, 10],
    ['B', '张', 2000, ...tick(13), 20, 20, 20, 20, 20],
    ['C', '张', 'abc', ...tick(22), 0, 0, 0, 0, 0],
    ['D', '王', 500, ...tick(22).map((v, i) => (i === 3 ? 'perhaps' : v)), 1, 1, 1, 1, 1],
    ['E', '王', '', ...tick(0), '', '', '', '', ''],
  ];
  const result = evaluatePipeline(rows, { rep: 1, amount: 2, checklist: 3, scores: 25 });

  it('computes milestone and intensity per row', () => {
    expect(Array.from(result.levels)).toEqual([1, 3, 0, 0, 0]);
    expect(Array.from(result.intensities)).toEqual([50, 100, 0, 0, 0]);
  });

  it('reports unreadable rows with their bilingual error and leaves them out of the funnel', () => {
    expect(result.errors.map((e) => [e.row, e.error.code])).toEqual([
      [2, 'AMOUNT'],
      [3, 'CHECK_VALUE'],
    ]);
    expect(result.funnel.count).toBe(3);
    expect(result.funnel.forecast).toBe(100 + 1000);
  });
});
