/**
 * Workbook-scoped defined names (`workbook.names`, Excel.NamedItemCollection) for range
 * references: a name holds its sheet, so it follows a renamed sheet and turns into '#REF!' when
 * the sheet is deleted, as in Excel. Constant and formula names are not modelled.
 */
import { FakeProxy, loadList, type LoadOption } from './base';
import type { FakeBatch } from './context';
import { CODES, FakeOfficeError } from './errors';
import { absoluteRef, looksLikeCellReference, parseAddress, quoteSheetName, type Box } from './address';
import type { NameModel, SheetModel, WorkbookModel } from './model';
import { FakeRange, FakeRangeOrNullObject } from './range';

export { FakeRangeOrNullObject };

/** The properties a NamedItem loads when none are named. */
const NAMED_ITEM_PROPERTIES = ['name', 'type', 'value', 'visible', 'comment'];

/**
 * Excel's rules for a defined name: a letter (any script), underscore or backslash first, then
 * letters, digits, periods, underscores or backslashes; at most 255 characters; never something
 * Excel would read as a cell reference (A1, XFD1048576, R1C1, R, C).
 */
export function checkDefinedName(name: string): void {
  if (name.length > 255 || !/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) || looksLikeCellReference(name)) {
    throw new FakeOfficeError(CODES.invalidArgument, `'${name}' is not a valid name.`);
  }
}

/** `names.add`'s reference as text: "Sheet1!$A$1", "='里程碑 2'!$AB:$AB"; it must name its sheet. */
export function parseReference(reference: string): { sheet: string; box: Box } {
  let parsed: { sheet?: string; box: Box };
  try {
    parsed = parseAddress(reference.trim().replace(/^=/, ''));
  } catch {
    throw new Error(`fake: names.add models references to cells only, not ${reference}`);
  }
  if (parsed.sheet === undefined) throw new Error(`fake: give the sheet in a name's reference (${reference})`);
  return { sheet: parsed.sheet, box: parsed.box };
}

/** A name for the cells of `sheet`, refusing a taken or invalid name as Excel does. */
export function defineName(model: WorkbookModel, name: string, sheet: SheetModel, box: Box, comment = ''): NameModel {
  checkDefinedName(name);
  if (model.name(name)) throw new FakeOfficeError(CODES.itemAlreadyExists, `A name '${name}' already exists.`, 'NamedItemCollection.add');
  const single = box.top === box.bottom && box.left === box.right;
  const item: NameModel = {
    name,
    ref: single ? { sheet, row: box.top, col: box.left } : { sheet, row: box.top, col: box.left, bottom: box.bottom, right: box.right },
    comment,
    visible: true,
  };
  model.names.push(item);
  model.touch();
  return item;
}

function nullObject(): FakeOfficeError {
  return new FakeOfficeError(CODES.invalidOperation, 'The object is a null object.');
}

/** Excel.NamedItem. `target` gives null for the null object `getItemOrNullObject` hands out. */
export class FakeNamedItem extends FakeProxy {
  constructor(
    batch: FakeBatch,
    path: string,
    private readonly target: () => NameModel | null,
    /** Handed out by names.add: the only proxy through which `visible = false` hides (see the setter). */
    private readonly added = false,
  ) {
    super(batch, path);
  }

  protected scalarProperties(): string[] {
    return NAMED_ITEM_PROPERTIES;
  }

  protected fetch(property: string): unknown {
    if (this.target() === null) return null;
    const item = this.item();
    const where = this.batch.model.refersTo(item);
    switch (property) {
      case 'name':
        return item.name;
      case 'type':
        return where ? 'Range' : 'Error';
      case 'value':
        return where ? `${quoteSheetName(where.sheet.name)}!${absoluteRef(where.box)}` : '#REF!';
      case 'visible':
        return item.visible;
      case 'comment':
        return item.comment;
      default:
        throw new FakeOfficeError(CODES.invalidArgument, `fake: NamedItem.${property} cannot be loaded`);
    }
  }

  /** The item as a response carries it (at sync time), and its delivery to this proxy. */
  snapshot(props: readonly string[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const p of props) out[p] = this.fetch(p);
    return out;
  }
  receive(values: Record<string, unknown>): void {
    for (const [p, v] of Object.entries(values)) this.loaded.set(p, v);
  }

  protected read<T>(property: string): T {
    if (this.loaded.get('isNullObject') === true) throw nullObject();
    return super.read(property);
  }

  /** The model item, at sync time: a null object or a deleted name cannot be used. */
  private item(): NameModel {
    const item = this.target();
    if (!item || !this.batch.model.names.includes(item)) throw new FakeOfficeError(CODES.itemNotFound, 'The requested name does not exist.');
    return item;
  }

  get isNullObject(): boolean {
    if (!this.loaded.has('isNullObject')) throw new FakeOfficeError(CODES.propertyNotLoaded, "The property 'isNullObject' is not available. Call context.sync() first.");
    return this.loaded.get('isNullObject') as boolean;
  }
  get name(): string {
    return this.read('name');
  }
  /** 'Range', or 'Error' once the name's sheet was deleted. */
  get type(): 'Range' | 'Error' {
    return this.read('type');
  }
  /** For a range name, its address as Excel shows it ("里程碑!$A$1"); '#REF!' once the sheet was deleted. */
  get value(): unknown {
    return this.read('value');
  }
  get visible(): boolean {
    return this.read('visible');
  }
  /**
   * Hiding a name works on the item names.add returned, not on one got later (getItem,
   * getItemOrNullObject, the collection's items): there `visible = false` is accepted and does
   * nothing, while `visible = true` shows a hidden name (office-js issues 3878 and 3949).
   */
  set visible(visible: boolean) {
    this.write('visible', visible, () => {
      const item = this.item();
      if (visible || this.added) item.visible = visible;
    });
  }
  /** ExcelApi 1.4. */
  get comment(): string {
    this.batch.requirements.use('NamedItem.comment');
    return this.read('comment');
  }
  set comment(comment: string) {
    this.batch.requirements.use('NamedItem.comment');
    this.write('comment', comment, () => (this.item().comment = comment));
  }

  /** ExcelApi 1.4. */
  delete(): void {
    this.batch.requirements.use('NamedItem.delete');
    this.call('delete', [], () => {
      const item = this.item();
      this.batch.model.names.splice(this.batch.model.names.indexOf(item), 1);
      this.batch.model.touch();
    });
  }

  /** The cells the name refers to; refused at sync when it refers to none ('#REF!'). */
  getRange(): FakeRange {
    return new FakeRange(this.batch, `${this.path}.getRange()`, () => {
      const where = this.batch.model.refersTo(this.item());
      if (!where) throw new FakeOfficeError(CODES.invalidOperation, `The name '${this.item().name}' does not refer to a range.`);
      return where;
    });
  }

  /** ExcelApi 1.4: the cells the name refers to, or a null object when it refers to none. */
  getRangeOrNullObject(): FakeRangeOrNullObject {
    this.batch.requirements.use('NamedItem.getRangeOrNullObject');
    const holder: { where?: { sheet: SheetModel; box: Box } | null } = {};
    const range = new FakeRangeOrNullObject(this.batch, `${this.path}.getRangeOrNullObject()`, () => holder.where ?? null);
    this.batch.queue({
      wire: { op: 'call', path: this.path, method: 'getRangeOrNullObject', args: [] },
      run: () => {
        const item = this.target();
        holder.where = item && this.batch.model.names.includes(item) ? this.batch.model.refersTo(item) : null;
        const isNull = holder.where === null;
        this.batch.onResponse(() => range.receiveNullness(isNull));
        return isNull;
      },
    });
    return range;
  }
}

/** Excel.NamedItemCollection: `workbook.names`. */
export class FakeNamedItemCollection extends FakeProxy {
  private items_: FakeNamedItem[] | undefined;

  protected scalarProperties(): string[] {
    return NAMED_ITEM_PROPERTIES.map((p) => `items/${p}`);
  }
  protected fetch(): unknown {
    return undefined;
  }

  /** `load('items/name,items/value')`: each item's named properties (all of them when none is named). */
  load(option?: LoadOption): this {
    const asked = loadList(option);
    const props = asked.filter((p) => p.startsWith('items/')).map((p) => p.slice('items/'.length));
    const list = props.length > 0 ? props : NAMED_ITEM_PROPERTIES;
    this.batch.queue({
      wire: { op: 'load', path: this.path, props: asked },
      run: () => {
        const items = this.batch.model.names.map((n) => ({ proxy: new FakeNamedItem(this.batch, `${this.path}[${n.name}]`, () => n), values: {} as Record<string, unknown> }));
        for (const item of items) item.values = item.proxy.snapshot(list);
        this.batch.onResponse(() => {
          for (const item of items) item.proxy.receive(item.values);
          this.items_ = items.map((i) => i.proxy);
        });
        return items.map((i) => i.values);
      },
    });
    return this;
  }

  get items(): FakeNamedItem[] {
    if (!this.items_) throw new FakeOfficeError(CODES.propertyNotLoaded, "The property 'items' is not available. Call load and sync first.");
    return this.items_;
  }

  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.batch, `${this.path}.getItem(${name})`, () => {
      const item = this.batch.model.name(name);
      if (!item) throw new FakeOfficeError(CODES.itemNotFound, `The name '${name}' does not exist.`);
      return item;
    });
  }

  /** ExcelApi 1.4: the name, or a null object (`isNullObject` after the next sync). */
  getItemOrNullObject(name: string): FakeNamedItem {
    this.batch.requirements.use('NamedItemCollection.getItemOrNullObject');
    const holder: { item?: NameModel | null } = {};
    const proxy = new FakeNamedItem(this.batch, `${this.path}.getItemOrNullObject(${name})`, () => holder.item ?? null);
    this.batch.queue({
      wire: { op: 'call', path: this.path, method: 'getItemOrNullObject', args: [name] },
      run: () => {
        holder.item = this.batch.model.name(name) ?? null;
        const isNull = holder.item === null;
        this.batch.onResponse(() => proxy.receive({ isNullObject: isNull }));
        return isNull;
      },
    });
    return proxy;
  }

  /**
   * ExcelApi 1.4: a workbook-scoped name for a Range or an address naming its sheet
   * ("'里程碑 2'!$A$1", "=Sheet1!$A$1"). Refused at sync: a name taken in any case
   * (ItemAlreadyExists), an invalid name or a missing sheet (InvalidArgument).
   */
  add(name: string, reference: FakeRange | string, comment?: string): FakeNamedItem {
    this.batch.requirements.use('NamedItemCollection.add');
    const parsed = typeof reference === 'string' ? parseReference(reference) : null;
    const holder: { item?: NameModel } = {};
    this.call('add', [name, typeof reference === 'string' ? reference : reference.path, comment], () => {
      let where: { sheet: SheetModel; box: Box };
      if (parsed) {
        const sheet = this.batch.model.sheet(parsed.sheet);
        if (!sheet) throw new FakeOfficeError(CODES.invalidArgument, `The reference '${String(reference)}' is not valid: no sheet '${parsed.sheet}'.`);
        where = { sheet, box: parsed.box };
      } else {
        where = (reference as FakeRange).resolve();
      }
      holder.item = defineName(this.batch.model, name, where.sheet, where.box, comment ?? '');
    });
    return new FakeNamedItem(
      this.batch,
      `${this.path}.add(${name})`,
      () => {
        if (!holder.item) throw new FakeOfficeError(CODES.itemNotFound, `The name '${name}' was not added.`);
        return holder.item;
      },
      true,
    );
  }
}
