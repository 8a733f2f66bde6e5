/** What a check found wrong, Chinese first, English second, as every message of the project. */
export interface Problem {
  readonly zh: string;
  readonly en: string;
}

export function problem(zh: string, en: string): Problem {
  return { zh, en };
}

export function showProblem(p: Problem): string {
  return `${p.zh}\n  ${p.en}`;
}
