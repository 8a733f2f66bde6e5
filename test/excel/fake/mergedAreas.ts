import { FakeObject, loadList, type Loadable, type LoadOption } from './base';
import { CODES, FakeOfficeError } from './errors';
import { formatAddress, type Box } from './address';
import type { SheetModel } from './model';

/** Range.getMergedAreasOrNullObject "will fail to return the result" above this many areas (its reference page). */
export const MERGED_AREAS_LIMIT = 512;

/**
 * The merged areas Range.getMergedAreasOrNullObject (ExcelApi 1.13) finds over `box`: those whose
 * top-left cell lies inside it, not every area it touches (office-js issue 3611).
 */
export function mergedAreasIn(sheet: SheetModel, box: Box): Box[] {
  return sheet.merges.filter((m) => m.top >= box.top && m.top <= box.bottom && m.left >= box.left && m.left <= box.right);
}

/**
 * ExcelApi 1.13's RangeAreas as getMergedAreasOrNullObject returns it: a null object when there
 * are none, a failed request past 512 (the method's reference page; the code Excel gives is not
 * documented, GeneralException here). Its `address` lists only each area's top-left cell (office-js
 * issue 1590); `areas/items/address` (RangeAreas.areas, ExcelApi 1.9) gives each area whole.
 */
export class FakeMergedAreas extends FakeObject<() => { sheet: SheetModel; areas: Box[] }> {
  private areaItems: { address: string }[] | undefined;

  protected readonly className = 'RangeAreas';
  protected loadable(): Loadable {
    return {
      address: () => {
        const { sheet, areas } = this.target();
        return areas.map((a) => formatAddress(sheet.name, { ...a, bottom: a.top, right: a.left })).join(',');
      },
      areaCount: () => this.target().areas.length,
    };
  }
  load(option?: LoadOption): this {
    const props = loadList(option);
    const scalars = props.filter((p) => !p.startsWith('areas/'));
    const wantsAreas = props.some((p) => p === 'areas/items/address');
    if (props.some((p) => p.startsWith('areas/') && p !== 'areas/items/address')) throw new Error(`fake: RangeAreas loads only areas/items/address, not ${props.join(',')}`);
    if (wantsAreas) this.batch.requirements.use('RangeAreas.areas');
    if (scalars.length > 0 || !wantsAreas) super.load(scalars.length > 0 ? scalars : undefined);
    this.batch.queue({
      wire: { op: 'load', path: this.path, props: ['isNullObject', ...(wantsAreas ? ['areas/items/address'] : [])] },
      run: () => {
        const { sheet, areas } = this.target();
        if (areas.length > MERGED_AREAS_LIMIT) throw new FakeOfficeError(CODES.generalException, 'An internal error has occurred.', 'Range.getMergedAreasOrNullObject');
        const isNull = areas.length === 0;
        const items = wantsAreas ? areas.map((a) => ({ address: formatAddress(sheet.name, a) })) : undefined;
        this.batch.onResponse(() => {
          this.loaded.set('isNullObject', isNull);
          if (items) this.areaItems = items;
        });
        return { isNull, items };
      },
    });
    return this;
  }
  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
  private notNull(): void {
    if (this.loaded.get('isNullObject') === true) throw new FakeOfficeError(CODES.invalidOperation, 'The object is a null object.');
  }
  get address(): string {
    this.notNull();
    return this.read('address');
  }
  get areaCount(): number {
    this.notNull();
    return this.read('areaCount');
  }
  /** RangeAreas.areas (ExcelApi 1.9), as loaded through `load('areas/items/address')`. */
  get areas(): { items: { address: string }[] } {
    this.notNull();
    if (!this.areaItems) throw new FakeOfficeError(CODES.propertyNotLoaded, "The property 'areas' is not available. Call load and sync first.");
    return { items: this.areaItems };
  }
}
