import fc from 'fast-check';
import { FACTORS, parseAmount, parseScore, MethodError, showValue } from '../../core';
import { normalizeText } from '../../core/cells/cellValue';

describe('reading amounts', () => {
  it.each([
    [1200, 1200],
    [0, 0],
    ['', 0],
    [null, 0],
    ['1,200', 1200],
    ['1,234,567.89', 1234567.89],
    ['¥1,200', 1200],
    ['￥1,200', 1200],
    ['$3,000.50', 3000.5],
    ['1200元', 1200],
    ['1,200 元', 1200],
    ['12万', 120000],
    ['1.5万', 15000],
    ['3亿', 300000000],
    ['１２００', 1200],
    [' 800 ', 800],
  ])('reads %p as %p', (cell, amount) => {
    expect(parseAmount(cell)).toBe(amount);
  });

  it.each(['abc', '1,2,3', '12..5', '¥', '1200美元x', true, new Date(2026, 0, 1), Infinity])('refuses %p with a bilingual message', (cell) => {
    expect(() => parseAmount(cell)).toThrow(MethodError);
    try {
      parseAmount(cell);
    } catch (e) {
      expect((e as MethodError).zh).toMatch(/金额/);
      expect((e as MethodError).en).toMatch(/amount/);
    }
  });

  it('refuses negative amounts, as numbers and as text', () => {
    expect(() => parseAmount(-5)).toThrow(/negative/);
    expect(() => parseAmount('-1,200')).toThrow(/negative/);
  });
});

describe('reading scores', () => {
  it('reads 0..20 and blank as 0', () => {
    expect([0, 7.5, 20, '', null].map((v) => parseScore(v))).toEqual([0, 7.5, 20, 0, 0]);
  });

  it('refuses a score of 21 naming the factor and the range', () => {
    expect(() => parseScore(21, FACTORS[0])).toThrow(/问题得分 21.*0–20.*Problem score 21 is out of range/);
  });

  it('refuses text and booleans where a number belongs', () => {
    expect(() => parseScore('12', FACTORS[1])).toThrow(/not a number/);
    expect(() => parseScore(true, FACTORS[1])).toThrow(MethodError);
    expect(() => parseScore(NaN, FACTORS[1])).toThrow(MethodError);
  });
});

describe('showing values in messages', () => {
  it('shortens long text and never prints [object Object]', () => {
    expect(showValue('x'.repeat(100))).toHaveLength(40);
    expect(showValue({ a: 1 })).toBe('{"a":1}');
    expect(showValue(undefined)).toBe('');
  });
});

describe('normalizing text for matching', () => {
  const slow = (text: string) => text.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
  // Characters the fast path accepts, and neighbours it must not: capitals, spaces, full-width
  // forms, compatibility ideographs, circled digits, ligatures.
  const pieces = ['a', 'Z', '1', '-', ' ', '  ', '\t', '华', '东', 'Ａ', '１', '豈', '①', 'ﬁ', 'İ', '\u00a0', '\u3000', 'x'];
  it('gives the NFKC, trimmed, lower-case, single-spaced form of any text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 8 }), (parts, tail) => {
        const text = parts.join('') + tail;
        expect(normalizeText(text)).toBe(slow(text));
      }),
      { numRuns: 2000 },
    );
  });
  it('returns a name that is its own normal form unchanged', () => {
    expect(normalizeText('ERP升级项目-002-1')).toBe('erp升级项目-002-1');
    expect(normalizeText('erp升级项目-002-1')).toBe('erp升级项目-002-1');
    expect(normalizeText('华东精密 机械')).toBe('华东精密 机械');
  });
});
