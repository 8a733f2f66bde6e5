import { customerGrade, fiveKIndex, readScores, rubricLevels, rubricScore, salesIntensity, weakestFactor, MethodError } from '../../core';

describe('rubric scores', () => {
  it('scores a level by code, contact by default', () => {
    expect(rubricScore('问题', 'P5')).toBe(10);
    expect(rubricScore('problem', 'p5')).toBe(10);
  });

  it('scores higher when the level was reached with the decision maker', () => {
    expect(rubricScore('问题', 'P5', '决策者')).toBe(20);
    expect(rubricScore('Vision', 'V2', 'decision maker')).toBe(15);
    expect(rubricScore('价值', 'U0', 'DM')).toBe(8);
  });

  it('ignores the role for power and control', () => {
    expect(rubricScore('权力', 'W3', '决策者')).toBe(9);
    expect(rubricScore('control', 'C5', 'contact')).toBe(16);
  });

  it('accepts 权利, the source’s other spelling of 权力', () => {
    expect(rubricScore('权利', 'W7')).toBe(20);
  });

  it('finds a level from its description in zh or en, with spaces and full-width punctuation', () => {
    expect(rubricScore('问题', '  客户承认原因/症状 ')).toBe(8);
    expect(rubricScore('问题', '客户承认原因／症状')).toBe(8);
    expect(rubricScore('vision', 'customer agrees to the vision', 'decision maker')).toBe(20);
    expect(rubricScore('value', 'U6 客户同意共同价值并符合财务标准')).toBe(6);
    expect(rubricScore('问题', 'P4 - Customer admits the cause/symptoms')).toBe(8);
  });

  it('refuses a code and description that disagree', () => {
    expect(() => rubricScore('问题', 'P1 客户承认痛苦')).toThrow(MethodError);
  });

  it('lists the valid levels when the level is unknown', () => {
    expect(() => rubricScore('power', 'W9')).toThrow(/W0, W1, W2, W3, W4, W5, W6, W7/);
    expect(() => rubricScore('power', 7)).toThrow(MethodError);
  });

  it('refuses an unknown factor and an unknown role', () => {
    expect(() => rubricScore('budget', 'P1')).toThrow(/unknown factor/);
    expect(() => rubricScore('问题', 'P1', 'boss')).toThrow(/unknown role/);
  });

  it('lists a rubric with the scores for the role', () => {
    expect(rubricLevels('vision', '决策者').map((l) => [l.level.code, l.score])).toEqual([
      ['V0', 8],
      ['V1', 10],
      ['V2', 15],
      ['V3', 20],
    ]);
  });
});

describe('sales intensity and the 5K index', () => {
  it('adds the five scores and multiplies their fractions', () => {
    const scores = readScores([20, 10, 20, 20, 5]);
    expect(salesIntensity(scores)).toBe(75);
    expect(fiveKIndex(scores)).toBeCloseTo(0.125);
  });

  it('makes the 5K index 0 when any factor is 0, and reads blanks as 0', () => {
    const scores = readScores([20, 20, '', 20, 20]);
    expect(salesIntensity(scores)).toBe(80);
    expect(fiveKIndex(scores)).toBe(0);
  });

  it('names the weakest factor, the first on ties', () => {
    expect(weakestFactor([10, 4, 8, 4, 12]).key).toBe('power');
    expect(weakestFactor([5, 5, 5, 5, 5]).zh).toBe('问题');
    expect(weakestFactor([20, 20, 20, 20, 1]).en).toBe('Control');
  });

  it('refuses anything but five scores', () => {
    expect(() => readScores([1, 2, 3, 4])).toThrow(/expected 5/);
    expect(() => readScores([1, 2, 3, 4, 25])).toThrow(/控制/);
  });
});

describe('customer grades', () => {
  it.each([
    ['高', '高', '重点客户'],
    ['低', '高', '可能客户'],
    ['高', '低', '普通客户'],
    ['低', '低', '忽略'],
    ['High', 'low', '普通客户'],
    [' LOW ', 'HIGH', '可能客户'],
  ])('grades relationship %p and attractiveness %p as %p', (r, a, grade) => {
    expect(customerGrade(r, a).zh).toBe(grade);
  });

  it('compares numbers with the threshold, 3 by default', () => {
    expect(customerGrade(4, 3).key).toBe('key');
    expect(customerGrade(2, 5).key).toBe('possible');
    expect(customerGrade(70, 40, 50).key).toBe('ordinary');
    expect(customerGrade('80', 10, 50).key).toBe('ordinary');
  });

  it('refuses words it cannot place, naming the axis', () => {
    expect(() => customerGrade('medium', '高')).toThrow(/关系.*relationship/);
    expect(() => customerGrade('高', '')).toThrow(/吸引力与潜力/);
    expect(() => customerGrade(1, 2, 'x')).toThrow(/threshold/);
  });
});
