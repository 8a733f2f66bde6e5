/**
 * The .xlsx host's port over core's run (core/run): read the package, edit its parts for the
 * plans, write it atomically, refusing a save another program made meanwhile. The locks are
 * taken around the run (run.ts); the stages, the plans and the summary are core's.
 */
// The .xlsx host's part of the error catalogue (registers its codes).
import '../core/fileErrors';
import type { Plan, PlanWarning, WorkbookSnapshot } from '../core/layout';
import { MethodError } from '../core/errors';
import { localToday, type ApplyContext, type RunPort, type RunProgress } from '../core/run';
import { identify, writeFileAtomic, type FileIdentity } from './atomicWrite';
import { readPackage, type OpenedPackage } from './read/openPackage';
import { applyToPackage } from './write/applyToPackage';
import { withheldNotes } from './write/withheldNotes';
import { writeZipChunks } from './zipWriter';
import { readInput } from './readInput';

export type Stage = 'read' | 'plan' | 'apply' | 'write';

export interface PackageRead {
  readonly snapshot: WorkbookSnapshot;
  readonly opened: OpenedPackage;
  readonly bytes: Buffer;
  /** The input as it was when read: a save after it is refused. */
  readonly before: FileIdentity | null;
}

export interface PackagePortOptions {
  readonly input: string;
  readonly output: string;
  readonly inPlace: boolean;
  readonly onStage: (stage: Stage, done: number, total: number) => void;
}

/** The package as core's port; what it applied (the plans, the workbook after them) is kept for the caller. */
export class PackagePort implements RunPort<PackageRead, 'async'> {
  readonly mode = 'async';
  readonly document = 'workbook';
  applied: { plans: readonly Plan[]; after: WorkbookSnapshot; notes: readonly PlanWarning[] } | null = null;

  constructor(private readonly options: PackagePortOptions) {}

  async read(): Promise<PackageRead> {
    const { input } = this.options;
    const before = identify(input);
    const bytes = readInput(input);
    const opened = await readPackage(bytes, input);
    return { snapshot: opened.snapshot, opened, bytes, before };
  }

  async apply(plans: readonly Plan[], read: PackageRead, run: ApplyContext): Promise<readonly PlanWarning[]> {
    const { input, output, inPlace, onStage } = this.options;
    const after = run.after ?? read.snapshot;
    const withheld = await applyToPackage(read.opened, plans, { path: input, after, onProgress: (done, total) => onStage('apply', done, total) });
    onStage('write', 0, 1);
    const zipped = writeZipChunks(read.opened.pkg.zipInputs());
    // A save by another program while we ran would be lost (in place) or left out (a copy): refuse both.
    if (inPlace) writeFileAtomic(output, zipped, { unchangedSince: read.before ?? undefined, original: read.bytes });
    else {
      const now = identify(input);
      const { before } = read;
      if (!before || !now || now.mtimeMs !== before.mtimeMs || now.size !== before.size || now.ino !== before.ino) throw new MethodError('FILE_CHANGED', { path: input });
      writeFileAtomic(output, zipped);
    }
    onStage('write', 1, 1);
    // What the package could not take as planned, said with the plans' warnings.
    const notes = withheldNotes(withheld);
    this.applied = { plans, after, notes };
    return notes;
  }

  today(): string {
    return localToday();
  }

  /** The command line's bar shows reading and planning; applying and writing are the package's own. */
  progress(progress: RunProgress): void {
    if (progress.step === 'read' || progress.step === 'plan') this.options.onStage(progress.step, 0, 1);
  }
}
