import type { Bilingual } from '../../core/methodology/bilingual';
import { services } from './sheetsApi';

/** One stage of a run as the sidebar shows it: 0..1 done, and what is happening, zh and en. */
export interface ProgressNote extends Bilingual {
  readonly done: number;
}

export type Report = (note: ProgressNote) => void;

const KEY = (token: string) => `pcss:progress:${token}`;
/** Kept ten minutes: longer than any run (Apps Script stops a run at six). */
const TTL_SECONDS = 600;
const TOKEN = /^[A-Za-z0-9_-]{8,64}$/;

/**
 * google.script.run cannot stream, so a run leaves its stage in the user's cache under a token
 * the sidebar chose, and the sidebar polls it (CacheService needs no extra OAuth scope). Without
 * a token (the menu), progress goes nowhere.
 */
export function cacheReporter(token: string | undefined): Report {
  if (!token || !TOKEN.test(token)) return () => undefined;
  const cache = services().CacheService.getUserCache();
  if (!cache) return () => undefined;
  return (note) => cache.put(KEY(token), JSON.stringify(note), TTL_SECONDS);
}

export function readProgress(token: string): ProgressNote | null {
  if (!TOKEN.test(token)) return null;
  const text = services().CacheService.getUserCache()?.get(KEY(token));
  if (!text) return null;
  const note = JSON.parse(text) as ProgressNote;
  return { done: Number(note.done), zh: String(note.zh), en: String(note.en) };
}
