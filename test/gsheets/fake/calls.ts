/**
 * Every method call the script makes on a fake Apps Script object is counted, by class and
 * method, as Apps Script's execution transcript lists them. Objects reach the script wrapped in
 * a counting Proxy; the fake unwraps what the script hands back to it.
 */
export type Service = 'spreadsheet' | 'builder' | 'ui' | 'lock' | 'cache' | 'html' | 'utilities';

/**
 * Getters that answer with a handle the script names from its own arguments or already holds,
 * nothing the spreadsheet holds: not reads. Every other get…, has…, is… and find call returns
 * the spreadsheet's contents or metadata, which needs the writes still pending applied first
 * (https://developers.google.com/apps-script/reference/spreadsheet: "spreadsheet operations are
 * bundled together to improve performance"; a read is what makes them wait no longer).
 */
const HANDLES = new Set(['SpreadsheetApp.getActiveSpreadsheet', 'SpreadsheetApp.getActive', 'SpreadsheetApp.getUi', 'Spreadsheet.getRange', 'Sheet.getRange', 'Sheet.getRangeList', 'RangeList.getRanges', 'Range.getSheet']);

/** Whether a counted Spreadsheet service call is a read (see HANDLES). */
export function isRead(name: string): boolean {
  return /^[A-Za-z]+\.(get|has|is|find)/.test(name) && !HANDLES.has(name);
}

export class CallLog {
  readonly byMethod = new Map<string, number>();
  readonly byService = new Map<Service, number>();
  /** Spreadsheet service calls by what they do: read (get…), write (everything else), builder. */
  readonly byKind = { read: 0, write: 0, builder: 0 };
  /** Reads in the narrow sense (isRead): calls that return contents or metadata and flush pending writes. */
  reads = 0;

  /** Called before each counted call runs: tests use it to act "at the same moment". */
  listener: ((name: string) => void) | null = null;

  /** Advanced by each call's modelled cost, when the fake has a cost model (cost.ts). */
  clock: { charge(service: Service, method: string, target: unknown, args: readonly unknown[], result: unknown): void } | null = null;

  count(service: Service, name: string): void {
    this.byMethod.set(name, (this.byMethod.get(name) ?? 0) + 1);
    this.byService.set(service, (this.byService.get(service) ?? 0) + 1);
    if (service === 'builder') this.byKind.builder++;
    else if (service === 'spreadsheet') this.byKind[/^[A-Za-z]+\.(get|has|is)/.test(name) ? 'read' : 'write']++;
    if (service === 'spreadsheet' && isRead(name)) this.reads++;
    this.listener?.(name);
  }

  /** Calls of the Spreadsheet service: its document objects and its builders. */
  get spreadsheetCalls(): number {
    return (this.byService.get('spreadsheet') ?? 0) + (this.byService.get('builder') ?? 0);
  }

  service(s: Service): number {
    return this.byService.get(s) ?? 0;
  }

  reset(): void {
    this.byMethod.clear();
    this.byService.clear();
    this.byKind.read = this.byKind.write = this.byKind.builder = 0;
    this.reads = 0;
  }

  /** A copy of the counts, for comparing before and after an action. */
  snapshot(): { spreadsheet: number; builder: number; byMethod: Record<string, number> } {
    return { spreadsheet: this.service('spreadsheet'), builder: this.service('builder'), byMethod: Object.fromEntries(this.byMethod) };
  }
}

/** A fake object that knows its class name and service, for counting. */
export abstract class Counted {
  constructor(
    readonly className: string,
    readonly service: Service,
  ) {}
}

const targets = new WeakMap<object, object>();

/** The fake behind a proxy the script handed back (or the value itself). */
export function unwrap<T>(value: T): T {
  if (value !== null && typeof value === 'object') return (targets.get(value as object) as T | undefined) ?? value;
  return value;
}

function wrapResult(log: CallLog, value: unknown): unknown {
  if (value instanceof Counted) return counted(log, value);
  if (Array.isArray(value) && value.some((v) => v instanceof Counted)) return value.map((v) => wrapResult(log, v));
  return value;
}

/** The object as the script sees it: every method call counted, results wrapped too. */
export function counted<T extends Counted>(log: CallLog, target: T): T {
  const proxy = new Proxy(target, {
    get(t, key, receiver) {
      const v = Reflect.get(t, key, receiver);
      if (typeof v !== 'function' || typeof key !== 'string') return v;
      return (...args: unknown[]) => {
        const service = key.startsWith('new') ? 'builder' : t.service;
        const name = `${t.className}.${key}`;
        log.count(service, name);
        const result = (v as (...a: unknown[]) => unknown).apply(t, args.map(unwrapDeep));
        log.clock?.charge(service, name, t, args, result);
        return wrapResult(log, result);
      };
    },
  });
  targets.set(proxy, target);
  return proxy;
}

function unwrapDeep(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(unwrapDeep);
  return unwrap(v);
}
