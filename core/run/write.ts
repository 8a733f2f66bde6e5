import type { Plan, PlanWarning, WorkbookSnapshot } from '../layout/types';
import { then, type Mode } from './flow';
import type { PortRead, RunPort } from './port';
import { stageProgress } from './progress';

/** The write stage: the port applies the plans, their steps shown as progress; then done. */
export function writeStage<R extends PortRead, M extends Mode>(port: RunPort<R, M>, plans: readonly Plan[], read: R, marks: { wrote: boolean }, after?: WorkbookSnapshot) {
  const show = (fraction: number) => port.progress(stageProgress('write', port.document, fraction));
  show(0);
  const notes = port.apply(plans, read, { after, marks, onProgress: (done, total) => show(done / Math.max(1, total)) }) as readonly PlanWarning[] | Promise<readonly PlanWarning[]>;
  return then(notes, (n) => {
    port.progress(stageProgress('done', port.document));
    return n;
  });
}
