import { elements, innerOf, decodeXString, textOf, unescapeXml } from '../package/xml';
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
    let text = plainText(inner);
    if (text === undefined) {
      text = '';
      for (const t of elements(inner, 't')) text += textOf(innerOf(inner, t));
    }
    text = decodeXString(text);
    checkTextLength(text, path, `shared string ${out.length}`);
    out.push(text);
  }
  return out;
}

/**
 * The text of an item in its common form, one run without a prefix: `<t>…</t>` or
 * `<t xml:space="preserve">…</t>` with no markup inside (50 000 items in a 50 000-row tracker);
 * undefined for any other form, which the general path reads.
 */
function plainText(inner: string): string | undefined {
  if (inner.charCodeAt(0) !== 60 || inner.charCodeAt(1) !== 116) return undefined;
  const next = inner.charCodeAt(2);
  if (next !== 62 && next !== 32) return undefined;
  const open = inner.indexOf('>', 2);
  const close = inner.length - 4;
  if (open < 0 || open > close || !inner.endsWith('</t>') || inner.charCodeAt(open - 1) === 47) return undefined;
  const body = inner.slice(open + 1, close);
  return body.includes('<') ? undefined : unescapeXml(body);
}
