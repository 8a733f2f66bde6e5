import type { FakeBatch } from './context';
import { CODES, FakeOfficeError, notLoaded } from './errors';

export type LoadOption = string | string[] | { select?: string | string[] };

export function loadList(option?: LoadOption): string[] {
  const raw = option === undefined ? [] : typeof option === 'string' || Array.isArray(option) ? option : option.select ?? [];
  const list = Array.isArray(raw) ? raw : raw.split(',');
  return list.map((p) => p.trim()).filter((p) => p !== '');
}

/**
 * A proxy as Office.js hands it out: it holds no data until `load` and `sync`, so reading a
 * property before then throws PropertyNotLoaded. Setting a property queues a write for the next
 * sync (and, as in Office.js, the proxy then reports the value it was given).
 */
export abstract class FakeProxy {
  protected readonly loaded = new Map<string, unknown>();

  constructor(
    protected readonly batch: FakeBatch,
    readonly path: string,
  ) {}

  /** The properties `load()` with no argument fetches. */
  protected abstract scalarProperties(): string[];

  /** A property's current value in the workbook, read at sync time. */
  protected abstract fetch(property: string): unknown;

  protected read<T>(property: string): T {
    if (!this.loaded.has(property)) throw notLoaded(property);
    return this.loaded.get(property) as T;
  }

  protected write(property: string, value: unknown, apply: () => void): void {
    this.loaded.set(property, value);
    this.batch.queue({ wire: { op: 'set', path: this.path, property, value }, run: apply });
  }

  /**
   * The object a property hands out, as an API set brings it (`api` such as 'Worksheet.notes'):
   * the requirement recorded as used, its path below this one, the same target.
   */
  protected child<T, C>(api: string, Child: new (batch: FakeBatch, path: string, target: T) => C, target: T): C {
    this.batch.requirements.use(api);
    return new Child(this.batch, `${this.path}.${api.slice(api.indexOf('.') + 1)}`, target);
  }

  protected call(method: string, args: unknown[], apply: () => unknown): void {
    this.batch.queue({ wire: { op: 'call', path: this.path, method, args }, run: apply });
  }

  load(option?: LoadOption): this {
    const props = loadList(option);
    const list = props.length > 0 ? props : this.scalarProperties();
    this.batch.queue({
      wire: { op: 'load', path: this.path, props: list },
      run: () => {
        const out: Record<string, unknown> = {};
        for (const p of list) out[p] = this.fetch(p);
        // Loaded values reach the proxy only if the response arrives.
        this.batch.onResponse(() => {
          for (const p of list) this.loaded.set(p, out[p]);
        });
        return out;
      },
    });
    return this;
  }
}

/** How an object proxy reads each property `load` can fetch, from the workbook at sync time. */
export type Loadable = Readonly<Record<string, () => unknown>>;

/**
 * A proxy of one object of the workbook (a sheet, a range, a table …), reached through `target`
 * at sync time. Each property `load` can fetch is named once, with how it is read: `load()` with
 * no argument fetches them all, in that order, and any other is refused.
 */
export abstract class FakeObject<T> extends FakeProxy {
  constructor(
    batch: FakeBatch,
    path: string,
    protected readonly target: T,
  ) {
    super(batch, path);
  }

  /** The Office.js class, as a refusal names it. */
  protected abstract readonly className: string;

  protected abstract loadable(): Loadable;

  protected scalarProperties(): string[] {
    return Object.keys(this.loadable());
  }

  protected fetch(property: string): unknown {
    const loadable = this.loadable();
    if (!Object.prototype.hasOwnProperty.call(loadable, property)) throw new FakeOfficeError(CODES.invalidArgument, `fake: ${this.className}.${property} cannot be loaded`);
    return loadable[property]();
  }
}

/**
 * A collection (worksheets, tables, charts) as Office.js loads it: `load('items/name')` hands out
 * one proxy per item, its name loaded, and `items` throws until a sync brought them.
 */
export abstract class FakeCollection<T extends FakeProxy> extends FakeProxy {
  private items_: T[] | undefined;

  /** The items as they are at sync time, each a proxy and its name. */
  protected abstract itemProxies(): { proxy: T; name: string }[];

  protected scalarProperties(): string[] {
    return ['items/name'];
  }
  protected fetch(): unknown {
    return undefined;
  }
  load(option?: LoadOption): this {
    this.batch.queue({
      wire: { op: 'load', path: this.path, props: loadList(option) },
      run: () => {
        const items = this.itemProxies();
        const more = loadList(option).filter((p) => p.startsWith('items/') && p !== 'items/name').map((p) => p.slice('items/'.length));
        for (const { proxy, name } of items) {
          const p = proxy as unknown as { loaded: Map<string, unknown>; fetch(property: string): unknown };
          p.loaded.set('name', name);
          for (const prop of more) p.loaded.set(prop, p.fetch(prop));
        }
        this.batch.onResponse(() => (this.items_ = items.map((i) => i.proxy)));
        return items.map((i) => i.name);
      },
    });
    return this;
  }
  get items(): T[] {
    if (!this.items_) throw new FakeOfficeError(CODES.propertyNotLoaded, "The property 'items' is not available. Call load and sync first.");
    return this.items_;
  }
}
