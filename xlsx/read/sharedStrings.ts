import { elements, innerOf, decodeXString, textOf } from '../package/xml';
import { checkTextLength } from './limits';

/**
 * The shared string table: each `<si>`'s text, runs joined, phonetic guides (`<rPh>`, the
 * furigana Excel keeps for Japanese) left out as Excel shows them.
 */
export function readSharedStrings(xml: string, path: string): string[] {
  const out: string[] = [];
  for (const si of elements(xml, 'si')) {
    let inner = innerOf(xml, si);
    if (inner.includes('rPh')) inner = inner.replace(/<([\w.-]+:)?rPh\b[\s\S]*?<\/([\w.-]+:)?rPh>/g, '');
    let text = '';
    for (const t of elements(inner, 't')) text += textOf(innerOf(inner, t));
    text = decodeXString(text);
    checkTextLength(text, path, `shared string ${out.length}`);
    out.push(text);
  }
  return out;
}
