import { CATALOGUE, invoke } from '../../core/functions';

/** Reads the literal arguments of an example formula: numbers and "text" only. */
function literalArgs(formula: string): unknown[] | null {
  const m = /^=\w+\((.*)\)$/.exec(formula);
  if (!m) return null;
  const parts = m[1].match(/"[^"]*"|[^,\s][^,]*/g) ?? [];
  const args: unknown[] = [];
  for (const raw of parts.map((p) => p.trim())) {
    if (/^".*"$/.test(raw)) args.push(raw.slice(1, -1));
    else if (/^-?\d+(\.\d+)?$/.test(raw)) args.push(Number(raw));
    else return null; // a range reference: not evaluable here
  }
  return args;
}

describe('the examples in the reference', () => {
  const evaluable = CATALOGUE.filter((f) => literalArgs(f.example.formula) && !f.example.result.en.includes('…'));

  it('are evaluable for most functions', () => {
    expect(evaluable.length).toBeGreaterThanOrEqual(7);
  });

  it.each(evaluable.map((f) => [f.example.formula, f] as const))('%s returns what its reference says, in both languages', (_formula, f) => {
    const args = literalArgs(f.example.formula)!;
    for (const lang of ['en', 'zh'] as const) {
      const result = invoke(f, args, lang);
      expect(result).toHaveLength(1);
      expect(String(result[0][0])).toBe(f.example.result[lang]);
    }
  });
});
