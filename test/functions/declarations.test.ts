import { CATALOGUE } from '../../core/functions';

const CJK = /[\u4e00-\u9fff]/;
// Excel: ids A–Z 0–9 _ . ; names any Unicode letter, _ and . ; both start with a letter, 3+ long.
const EXCEL_ID = /^[A-Z][A-Z0-9_.]{2,}$/;
const EXCEL_NAME = /^\p{L}[\p{L}\p{N}_.]{2,}$/u;
// Apps Script: the function and its parameters are JavaScript identifiers.
const JS_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

describe('the function declarations', () => {
  it('declare exactly the catalogue of issue 3 and the period forecast of issue 13, in its order', () => {
    expect(CATALOGUE.map((f) => f.id)).toEqual([
      'SALES_INTENSITY',
      'FIVEK_INDEX',
      'WEAKEST_FACTOR',
      'RUBRIC_SCORE',
      'RUBRIC_LEVELS',
      'MILESTONE',
      'MILESTONE_PROBABILITY',
      'BUYING_STAGE',
      'NEXT_STEP',
      'WEIGHTED_AMOUNT',
      'FUNNEL',
      'PERIOD_FORECAST',
      'CUSTOMER_GRADE',
    ]);
  });

  it.each(CATALOGUE.map((f) => [f.id, f] as const))('%s has zh and en names and descriptions', (_id, f) => {
    expect(f.name.en).toBe(f.id);
    expect(f.name.zh).toMatch(CJK);
    expect(f.description.en).toMatch(/^[A-Z]/);
    expect(f.description.zh).toMatch(CJK);
    for (const p of f.params) {
      expect(p.name.en.length).toBeGreaterThan(0);
      expect(p.name.zh).toMatch(CJK);
      expect(p.description.en).toMatch(/[a-z]{3,}/);
      expect(p.description.zh).toMatch(CJK);
    }
  });

  it.each(CATALOGUE.map((f) => [f.id, f] as const))('%s has names both hosts accept', (_id, f) => {
    expect(f.id).toMatch(EXCEL_ID);
    expect(f.id).toMatch(JS_IDENTIFIER);
    expect(f.name.zh).toMatch(EXCEL_NAME);
    const ids = f.params.map((p) => p.id);
    for (const id of ids) expect(id).toMatch(JS_IDENTIFIER);
    expect(new Set(ids).size).toBe(ids.length);
    // Optional parameters come last, so a formula can leave them out.
    const firstOptional = f.params.findIndex((p) => p.optional);
    if (firstOptional >= 0) expect(f.params.slice(firstOptional).every((p) => p.optional)).toBe(true);
  });

  it('has names unique within each language', () => {
    for (const lang of ['zh', 'en'] as const) {
      const names = CATALOGUE.map((f) => f.name[lang].toUpperCase());
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it('gives each function an example formula that calls it', () => {
    for (const f of CATALOGUE) {
      expect(f.example.formula.startsWith(`=${f.id}(`)).toBe(true);
      expect(f.example.result.en.length).toBeGreaterThan(0);
    }
  });
});
