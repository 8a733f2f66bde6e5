import type { FakeBatch } from './context';

/** A write-only object of the fake (a range's format, its data validation): setting a property queues it for the next sync. */
export class PropertySetter {
  constructor(
    protected readonly batch: FakeBatch,
    protected readonly path: string,
  ) {}
  protected set(property: string, value: unknown, apply: () => void): void {
    this.batch.queue({ wire: { op: 'set', path: this.path, property, value }, run: apply });
  }
}
