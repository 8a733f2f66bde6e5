/** Custom functions declared once; the Excel and Sheets hosts and the metadata derive from here. */
export * from './types';
export * from './catalogue';
export * from './invoke';
export { toMatrix } from './shapes';
export type { Lang } from '../methodology/bilingual';
