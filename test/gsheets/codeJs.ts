import { readFileSync } from 'fs';
import { createContext, runInContext } from 'vm';
import { DIST, ensureBuilt } from '../functions/buildOnce';
import type { FakeAppsScript } from './fake';

/** One execution environment of the built dist/gsheets/Code.js: its top-level functions. */
export interface CodeJs {
  call<T = unknown>(name: string, ...args: unknown[]): T;
  has(name: string): boolean;
}

let source: string | null = null;

/** google.script.run refuses to carry Dates and functions (the call fails); so does this. */
function serializable(value: unknown, path = 'result'): void {
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') throw new Error(`google.script.run cannot carry a Date (${path})`);
  if (typeof value === 'function') throw new Error(`google.script.run cannot carry a function (${path})`);
  if (Array.isArray(value)) value.forEach((v, i) => serializable(v, `${path}[${i}]`));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) serializable(v, `${path}.${k}`);
}

/**
 * The built Code.js in a fresh vm context whose Apps Script globals are the fake's, as one user
 * (the document lock tells users apart), with `overrides` in place of some globals. Date is shared with this realm so dates compare.
 * Results are copied into this realm as plain data, as google.script.run would serialize them,
 * and refused where it would refuse them.
 */
export function loadCodeJs(fake: FakeAppsScript, user = 'user-a', overrides: Record<string, unknown> = {}): CodeJs {
  ensureBuilt();
  source ??= readFileSync(DIST.gsheetsCode, 'utf8');
  // With a cost model, the script's Date.now() is Sheets' modelled time; dates stay this realm's.
  const clock = fake.clock;
  const date = clock ? new Proxy(Date, { get: (t, k, r) => (k === 'now' ? () => clock.now() : Reflect.get(t, k, r)) }) : Date;
  const context = createContext({ ...fake.globalsFor(user), Date: date, console, ...overrides });
  runInContext(source, context, { filename: 'Code.js' });
  const fn = (name: string) => {
    const f = (context as Record<string, unknown>)[name];
    if (typeof f !== 'function') throw new Error(`Code.js defines no top-level function ${name}`);
    return f as (...a: unknown[]) => unknown;
  };
  return {
    call: <T>(name: string, ...args: unknown[]) => {
      const out = fn(name)(...JSON.parse(JSON.stringify(args)));
      serializable(out);
      return (out === undefined ? undefined : JSON.parse(JSON.stringify(out))) as T;
    },
    has: (name) => typeof (context as Record<string, unknown>)[name] === 'function',
  };
}
