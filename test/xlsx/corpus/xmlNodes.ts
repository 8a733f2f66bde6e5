/** A namespace-aware XML tree for tests: names by namespace URI, whatever prefix a producer gave them. */
import type { XNode } from '../../../scripts/xmlTree';

/** The one strict parser (scripts/xmlTree.ts). */
export { parseXmlNodes as parseXml, type XAttr, type XNode } from '../../../scripts/xmlTree';

export function attr(node: XNode, local: string, uri = ''): string | undefined {
  return node.attrs.find((a) => a.local === local && a.uri === uri)?.value;
}

/** SpreadsheetML's namespace, whatever prefix a producer gives it. */
export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** Child elements, by local name and (when given) namespace URI. */
export function elements(node: XNode, local?: string, uri?: string): XNode[] {
  return node.children.filter((c): c is XNode => typeof c !== 'string' && (local === undefined || c.local === local) && (uri === undefined || c.uri === uri));
}

export function child(node: XNode, local: string, uri?: string): XNode | undefined {
  return elements(node, local, uri)[0];
}

export function* walk(node: XNode): Generator<XNode> {
  yield node;
  for (const c of elements(node)) yield* walk(c);
}

export function textOf(node: XNode): string {
  return node.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}

/**
 * An element's meaning, independent of how it was serialized: names by namespace URI, attributes
 * sorted (namespace declarations left out), whitespace-only text between elements dropped.
 */
export function canonical(node: XNode): string {
  const attrs = node.attrs
    .filter((a) => a.uri !== 'http://www.w3.org/2000/xmlns/' && a.name !== 'xmlns' && !a.name.startsWith('xmlns:'))
    .map((a) => `{${a.uri}}${a.local}=${JSON.stringify(a.value)}`)
    .sort();
  const kids = node.children.filter((c) => typeof c !== 'string' || c.trim() !== '').map((c) => (typeof c === 'string' ? JSON.stringify(c) : canonical(c)));
  return `<{${node.uri}}${node.local} ${attrs.join(' ')}>${kids.join('')}</>`;
}
