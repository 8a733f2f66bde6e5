import { FakeProxy } from './base';
import type { FakeBatch } from './context';
import { CODES, FakeOfficeError } from './errors';
import { formatAddress, type Box } from './address';
import type { SheetModel } from './model';

/** ExcelApi 1.13's RangeAreas as getMergedAreasOrNullObject returns it: the merged areas, a null object when there are none. */
export class FakeMergedAreas extends FakeProxy {
  constructor(
    batch: FakeBatch,
    path: string,
    private readonly target: () => { sheet: SheetModel; areas: Box[] },
  ) {
    super(batch, path);
  }
  protected scalarProperties(): string[] {
    return ['address', 'areaCount'];
  }
  protected fetch(property: string): unknown {
    const { sheet, areas } = this.target();
    if (property === 'address') return areas.map((a) => formatAddress(sheet.name, a)).join(',');
    if (property === 'areaCount') return areas.length;
    throw new FakeOfficeError(CODES.invalidArgument, `fake: RangeAreas.${property} cannot be loaded`);
  }
  load(option?: Parameters<FakeProxy['load']>[0]): this {
    super.load(option);
    this.batch.queue({
      wire: { op: 'load', path: this.path, props: ['isNullObject'] },
      run: () => {
        const isNull = this.target().areas.length === 0;
        this.batch.onResponse(() => this.loaded.set('isNullObject', isNull));
        return isNull;
      },
    });
    return this;
  }
  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
  get address(): string {
    if (this.loaded.get('isNullObject') === true) throw new FakeOfficeError(CODES.invalidOperation, 'The object is a null object.');
    return this.read('address');
  }
}
