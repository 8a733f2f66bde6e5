/**
 * google.script.run as the sidebar uses it: the server functions of Code.js it calls, with the
 * success and failure handlers. A fresh runner is taken for every call, as Google recommends.
 */
export interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
  pcssDisplayLang(): void;
  pcssInspect(): void;
  /** What the sidebar shows once the user picked the sheet holding the list (gsheets/server/inspectSheet.ts). */
  pcssInspectSheet(request: unknown): void;
  pcssSetup(request: unknown, token: string): void;
  pcssFunnel(request: unknown, token: string): void;
  pcssProgress(token: string): void;
  /** The tabs the coaching view reads (gsheets/server/coach.ts): read only, answered at once. */
  pcssCoach(): void;
}

export type ServerFunction = 'pcssDisplayLang' | 'pcssInspect' | 'pcssInspectSheet' | 'pcssSetup' | 'pcssFunnel' | 'pcssProgress' | 'pcssCoach';

/** One server call as a Promise of what it returned; a failure of the call itself rejects. */
export function callServer(runner: () => ScriptRunner, name: ServerFunction, ...args: unknown[]): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const r = runner().withSuccessHandler(resolve).withFailureHandler(reject) as unknown as Record<ServerFunction, (...a: unknown[]) => void>;
    r[name](...args);
  });
}
