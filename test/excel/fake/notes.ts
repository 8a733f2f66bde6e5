import type { FakeBatch } from './context';
import { parseAddress } from './address';
import { CODES, FakeOfficeError } from './errors';
import type { SheetModel } from './model';

/**
 * Worksheet.notes (ExcelApi 1.18): add(cellAddress, content) puts a note on one cell. "If the
 * string is invalid, or the range is not a single cell, an InvalidCellAddress error is thrown"
 * (NoteCollection.add, @types/office-js); the fake refuses both, and a range object too (the
 * add-in passes addresses).
 */
export class FakeNoteCollection {
  constructor(
    private readonly batch: FakeBatch,
    private readonly path: string,
    private readonly target: () => SheetModel,
  ) {}

  add(cellAddress: string, content: string): void {
    this.batch.queue({
      wire: { op: 'call', path: this.path, method: 'add', args: [cellAddress, content] },
      run: () => {
        let box;
        try {
          box = typeof cellAddress === 'string' ? parseAddress(cellAddress).box : undefined;
        } catch {
          box = undefined;
        }
        if (!box || box.top !== box.bottom || box.left !== box.right) throw new FakeOfficeError(CODES.invalidCellAddress, `fake: ${String(cellAddress)} is not the address of one cell`);
        this.target().notes.set(`${box.top},${box.left}`, String(content));
      },
    });
  }
}
