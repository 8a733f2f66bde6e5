/**
 * The 已记录 Recorded cell of a milestone-tab row: the milestone and status a run last recorded,
 * as one number, level × 10 + the status's place below. A run compares a row with it to know
 * what moved (movement.ts). A row with a date reached (里程碑日期) and no code was recorded at
 * level 0, open: a set-up writes no code for those, the common case (50 000 cells a first
 * set-up need not write).
 */
import { closeDay } from '../cells/calendar';
import type { DealStatus } from './dealStatus';

const STATUS_CODE: readonly DealStatus[] = ['open', 'won', 'lost', 'onHold', 'removed'];

export function recordedCode(level: number, status: DealStatus): number {
  return level * 10 + STATUS_CODE.indexOf(status);
}

/** The code a set-up writes beside a new row: none for level 0, open. */
export function newRowCode(status: DealStatus | undefined): number | null {
  return status === undefined || status === 'open' ? null : recordedCode(0, status);
}

/** What a row was last recorded at, from its code and date reached; null when it never was. */
export function recordedState(code: unknown, since: unknown): { level: number; status: DealStatus } | null {
  if (typeof code === 'number' && Number.isInteger(code) && code >= 0 && code < 70) return { level: Math.floor(code / 10), status: STATUS_CODE[code % 10] ?? 'open' };
  return closeDay(since) === null ? null : { level: 0, status: 'open' };
}
