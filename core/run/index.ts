/** One run of a set-up or a funnel for every host: core owns the stages, the plan and the summary. */
export { runSetup, type SetupRequest } from './runSetup';
export { runFunnel, type FunnelRequest } from './runFunnel';
export { runFreshFunnel, type FreshFunnelRequest, type FreshFunnelSummary, type OnPort } from './runFreshFunnel';
export { runFreshFunnelInOneBatch } from './freshFunnelInOneBatch';
export type { ReadNeed, PortRead, RunPort, ApplyContext } from './port';
export type { Mode, Later } from './flow';
export { stageProgress, type RunProgress, type Stage, type DocumentWord } from './progress';
export { outcomeText, type Outcome } from './outcome';
export { localToday, zonedToday } from './today';
export type { RunSummary, SetupSummary, FunnelSummary } from './summary';
export { addedLines, attentionLines, plainWarning, refreshLines, reviewLines } from './summary';
