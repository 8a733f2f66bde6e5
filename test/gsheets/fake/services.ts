import { Counted, unwrap } from './calls';

export class FakeHtmlOutput extends Counted {
  readonly className = 'HtmlOutput';
  readonly service = 'html' as const;
  title = '';
  constructor(readonly file: string) {
    super();
  }
  setTitle(title: string): this {
    this.title = title;
    return this;
  }
}

/** HtmlService serving the project's files: only names the project holds (Sidebar.html → "Sidebar"). */
export class FakeHtmlService extends Counted {
  readonly className = 'HtmlService';
  readonly service = 'html' as const;
  constructor(private readonly files: readonly string[]) {
    super();
  }
  createHtmlOutputFromFile(name: string): FakeHtmlOutput {
    if (!this.files.includes(name)) throw new Error(`Exception: No HTML file named ${name} was found.`);
    return new FakeHtmlOutput(name);
  }
}

export interface MenuModel {
  items: { caption: string; functionName: string }[];
  added: boolean;
}

export class FakeMenu extends Counted {
  readonly className = 'Menu';
  readonly service = 'ui' as const;
  constructor(
    readonly model: MenuModel,
    private readonly onAdd: (m: MenuModel) => void,
  ) {
    super();
  }
  addItem(caption: string, functionName: string): this {
    this.model.items.push({ caption, functionName });
    return this;
  }
  addSeparator(): this {
    this.model.items.push({ caption: '---', functionName: '' });
    return this;
  }
  addToUi(): void {
    this.model.added = true;
    this.onAdd(this.model);
  }
}

export class FakeUi extends Counted {
  readonly className = 'Ui';
  readonly service = 'ui' as const;
  readonly menus: MenuModel[] = [];
  readonly sidebars: { file: string; title: string }[] = [];

  createAddonMenu(): FakeMenu {
    return new FakeMenu({ items: [], added: false }, (m) => this.menus.push(m));
  }
  showSidebar(output: unknown): void {
    const html = unwrap(output) as FakeHtmlOutput;
    this.sidebars.push({ file: html.file, title: html.title });
  }
}

/**
 * The document lock, shared by every execution (user) on the spreadsheet. An execution that
 * finds it held asks `whileWaiting` (the test's stand-in for time passing, in which the other
 * execution may finish) and then tries once more.
 */
export class LockState {
  holder: string | null = null;
  whileWaiting: ((who: string, timeoutMs: number) => void) | null = null;
  readonly events: string[] = [];

  acquire(who: string, timeoutMs: number): boolean {
    if (this.holder === null || this.holder === who) {
      this.holder = who;
      this.events.push(`${who} locked`);
      return true;
    }
    this.events.push(`${who} waits ${timeoutMs}ms`);
    const wait = this.whileWaiting;
    if (wait) wait(who, timeoutMs);
    if (this.holder === null) {
      this.holder = who;
      this.events.push(`${who} locked`);
      return true;
    }
    return false;
  }

  release(who: string): void {
    if (this.holder === who) {
      this.holder = null;
      this.events.push(`${who} released`);
    }
  }
}

export class FakeLock extends Counted {
  readonly className = 'Lock';
  readonly service = 'lock' as const;
  constructor(
    private readonly state: LockState,
    private readonly who: string,
  ) {
    super();
  }
  tryLock(timeoutMs: number): boolean {
    return this.state.acquire(this.who, timeoutMs);
  }
  waitLock(timeoutMs: number): void {
    if (!this.state.acquire(this.who, timeoutMs)) throw new Error('Lock timeout: another process was holding the lock for too long.');
  }
  releaseLock(): void {
    this.state.release(this.who);
  }
  hasLock(): boolean {
    return this.state.holder === this.who;
  }
}

export class FakeLockService extends Counted {
  readonly className = 'LockService';
  readonly service = 'lock' as const;
  constructor(
    private readonly state: LockState,
    private readonly who: string,
  ) {
    super();
  }
  getDocumentLock(): FakeLock {
    return new FakeLock(this.state, this.who);
  }
}

export class FakeCache extends Counted {
  readonly className = 'Cache';
  readonly service = 'cache' as const;
  /** Every value put, in order, for tests of the progress a run reported. */
  readonly history: { key: string; value: string }[] = [];
  private readonly store = new Map<string, string>();

  get(key: string): string | null {
    return this.store.get(key) ?? null;
  }
  put(key: string, value: string, ttl?: number): void {
    if (value.length > 100_000) throw new Error('Exception: Argument too large: value');
    if (ttl !== undefined && (ttl < 1 || ttl > 21600)) throw new Error('Exception: Invalid argument: expirationInSeconds');
    this.store.set(key, value);
    this.history.push({ key, value });
  }
}

export class FakeCacheService extends Counted {
  readonly className = 'CacheService';
  readonly service = 'cache' as const;
  constructor(private readonly cache: FakeCache) {
    super();
  }
  getUserCache(): FakeCache {
    return this.cache;
  }
}
