/**
 * How the one catalogue words what it counts: zh needs no plural, en must read right for one as
 * for many, so a count is never put before a plural noun ("1 opportunities"); it stands after a
 * colon or in brackets instead.
 */
import { ERROR_CATALOGUE } from '../../core/errors';
import { EXCEL_ERRORS } from '../../core/excelErrors';
import { MESSAGES } from '../../core/messages';

// {rows} before "rows" is left out: Excel's row limit and the like are never one.
const COUNTS = /\{(count|opps|sheets|n)\}\s+[a-z]+s\b/;

describe("the catalogue's English counts", () => {
  const entries = Object.entries({ ...ERROR_CATALOGUE, ...EXCEL_ERRORS, ...MESSAGES }) as [string, { en: string }][];

  it('never puts a count before a plural noun', () => {
    expect(entries.filter(([, t]) => COUNTS.test(t.en)).map(([code, t]) => `${code}: ${t.en}`)).toEqual([]);
  });

  it('catches the wording it is there for', () => {
    expect(COUNTS.test('The tracker changed the rep of {count} opportunities: {names}')).toBe(true);
    expect(COUNTS.test('Done: {sheets} tabs and {opps} opportunities added.')).toBe(true);
    expect(COUNTS.test('Rep taken from the tracker (opportunities: {count}): {names}')).toBe(false);
  });
});
