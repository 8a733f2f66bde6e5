/**
 * Two engines that add the same numbers in a different order differ in the last bits, and
 * that difference grows with the numbers (262 144 came back 5.2e-10 off in CI), so a fixed
 * number of decimals is the wrong test for sums: compare relative to the size of the number,
 * and never closer than a billionth (HyperFormula rounds its results to about eleven
 * significant digits: 0.8040514823410001 comes back 0.80405148234).
 */
export function expectClose(actual: unknown, expected: number, relative = 1e-9): void {
  expect(typeof actual).toBe('number');
  const tolerance = relative * Math.max(1, Math.abs(expected));
  if (!(Math.abs((actual as number) - expected) <= tolerance)) {
    throw new Error(`expected ${String(actual)} to be within ${tolerance} of ${expected}`);
  }
}
