import { rescue, type Later, type Mode } from './flow';
import type { PortRead, RunPort } from './port';
import { stageProgress } from './progress';

/** Runs the steps of one action on a port: failures said by the host, knowing what was written. */
export function guarded<R extends PortRead, M extends Mode, T>(port: RunPort<R, M>, marks: { wrote: boolean }, steps: () => T | Promise<T>): Later<M, T> {
  return rescue(steps, (e) => {
    throw port.failure ? port.failure(e, marks.wrote ? 'partial' : 'unchanged') : e;
  }) as Later<M, T>;
}

/** Reports the stage, then asks the port to read. */
export function readStage<R extends PortRead, M extends Mode>(port: RunPort<R, M>, need: Parameters<RunPort<R, M>['read']>[0]) {
  port.progress(stageProgress('read', port.document));
  return port.read(need) as R | Promise<R>;
}
