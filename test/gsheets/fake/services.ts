import { Counted, unwrap } from './calls';

export class FakeHtmlOutput extends Counted {
  title = '';
  constructor(readonly file: string) {
    super('HtmlOutput', 'html');
  }
  setTitle(title: string): this {
    this.title = title;
    return this;
  }
}

/** HtmlService serving the project's files: only names the project holds (Sidebar.html → "Sidebar"). */
export class FakeHtmlService extends Counted {
  constructor(private readonly files: readonly string[]) {
    super('HtmlService', 'html');
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
  constructor(
    readonly model: MenuModel,
    private readonly onAdd: (m: MenuModel) => void,
  ) {
    super('Menu', 'ui');
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
  constructor() {
    super('Ui', 'ui');
  }
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
 * The document lock, shared by every execution on the spreadsheet. It is held by an execution,
 * not by a user: "a code section guarded by a document lock can be executed simultaneously by
 * script instances running in the context of different documents, but by no more than one
 * execution for any given document"
 * (https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()),
 * so the same user's menu click and sidebar click wait for each other as two users' do. Each
 * getDocumentLock() here is one execution, named "<user>#<n>". An execution that finds the lock
 * held asks `whileWaiting` (the test's stand-in for time passing, in which the other execution
 * may finish) and then tries once more.
 */
export class LockState {
  holder: string | null = null;
  whileWaiting: ((who: string, timeoutMs: number) => void) | null = null;
  readonly events: string[] = [];
  private executions = 0;

  /** A name for the next execution of `user`. */
  execution(user: string): string {
    return `${user}#${++this.executions}`;
  }

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
  constructor(
    private readonly state: LockState,
    readonly who: string,
  ) {
    super('Lock', 'lock');
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
  constructor(
    private readonly state: LockState,
    private readonly user: string,
    /** false: no containing document, as for a standalone script or a web app (getDocumentLock returns null). */
    private readonly inDocument = true,
  ) {
    super('LockService', 'lock');
  }
  /** A lock for this execution; null outside a containing document (same page as above). */
  getDocumentLock(): FakeLock | null {
    return this.inDocument ? new FakeLock(this.state, this.state.execution(this.user)) : null;
  }
}

export class FakeCache extends Counted {
  constructor() {
    super('Cache', 'cache');
  }
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
  constructor(private readonly cache: FakeCache) {
    super('CacheService', 'cache');
  }
  getUserCache(): FakeCache {
    return this.cache;
  }
}

/**
 * Utilities.formatDate(date, timeZone, format): the date in that zone, in a Java SimpleDateFormat
 * pattern (https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)).
 * The fake knows the letters yyyy MM dd HH mm ss and quoted text; another letter is refused
 * rather than guessed.
 */
export class FakeUtilities extends Counted {
  constructor() {
    super('Utilities', 'utilities');
  }
  formatDate(date: Date, timeZone: string, format: string): string {
    if (!(date instanceof Date) && Object.prototype.toString.call(date) !== '[object Date]') throw new Error('Exception: The parameters (String,String,String) don’t match the method signature for Utilities.formatDate.');
    let parts: Intl.DateTimeFormatPart[];
    try {
      parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).formatToParts(date);
    } catch {
      throw new Error(`Exception: Invalid argument: timeZone ${timeZone}`);
    }
    const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    const letters: Record<string, string> = { yyyy: part('year'), MM: part('month'), dd: part('day'), HH: part('hour'), mm: part('minute'), ss: part('second') };
    return format.replace(/'([^']*)'|yyyy|MM|dd|HH|mm|ss|[A-Za-z]/g, (token, quoted: string | undefined) => {
      if (quoted !== undefined) return quoted;
      if (token in letters) return letters[token];
      throw new Error(`the fake's Utilities.formatDate does not know the pattern letter ${token}`);
    });
  }
}
