/**
 * google.script.run as the sidebar's bridge sees it, for tests in Node: a fresh runner per call,
 * with its success and failure handlers. Arguments and answers cross as JSON, as the real one
 * serializes them, and every answer comes asynchronously, never in the call itself. What the
 * server answers is the test's: the built Code.js (`serveCodeJs`) or a scripted stand-in.
 */
import type { ScriptRunner } from '../../gsheets/sidebar/scriptRun';
import type { CodeJs } from '../gsheets/codeJs';

/**
 * What the server answers one call: a value, or a failure of the call itself; after `afterMs`
 * (default: the next turn), or once `after` settles (a test that needs calls to come in a given
 * order: timers alone do not keep it on a loaded machine).
 */
export type ServerAnswer = ({ value: unknown } | { error: unknown }) & { afterMs?: number; after?: Promise<unknown> };

export type Server = (name: string, args: unknown[]) => ServerAnswer;

export interface ScriptRun {
  /** What the bridge takes: a fresh google.script.run for each call. */
  readonly runner: () => ScriptRunner;
  /** Every call made, in order, with its arguments as the server received them. */
  readonly calls: { name: string; args: unknown[] }[];
}

/** As google.script.run carries a value: JSON (nothing stays nothing). */
export const overTheWire = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

export function scriptRun(server: Server): ScriptRun {
  const calls: { name: string; args: unknown[] }[] = [];
  const make = (ok: (v: unknown) => void, fail: (e: unknown) => void): ScriptRunner =>
    new Proxy({} as ScriptRunner, {
      get(_t, name: string) {
        if (name === 'withSuccessHandler') return (h: (v: unknown) => void) => make(h, fail);
        if (name === 'withFailureHandler') return (h: (e: unknown) => void) => make(ok, h);
        return (...sent: unknown[]) => {
          const args = overTheWire(sent);
          calls.push({ name, args });
          const answer = server(name, args);
          const value = 'value' in answer ? overTheWire(answer.value) : undefined;
          const deliver = () => setTimeout(() => ('error' in answer ? fail(answer.error) : ok(value)), answer.afterMs ?? 0);
          if (answer.after) void answer.after.then(deliver);
          else deliver();
        };
      },
    });
  return { runner: () => make(() => undefined, () => undefined), calls };
}

/** The server as the built Code.js: a function's return is the answer, what it throws the failure. */
export const serveCodeJs =
  (code: CodeJs): Server =>
  (name, args) => {
    try {
      return { value: code.call(name, ...args) };
    } catch (error) {
      return { error };
    }
  };

/** google.script.run into the built Code.js, as the sidebar's bridge takes it. */
export const scriptRunIntoCodeJs = (code: CodeJs): (() => ScriptRunner) => scriptRun(serveCodeJs(code)).runner;
