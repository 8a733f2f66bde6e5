import { SaxesParser } from 'saxes';

/**
 * A strict XML parse into a small tree, for checking manifest.xml offline (npm run validate,
 * tests) and the packages the tests read. saxes (ExcelJS's XML parser, already installed)
 * rejects anything not well-formed, and with namespaces on, any undeclared prefix.
 */

export interface XAttr {
  name: string;
  local: string;
  uri: string;
  value: string;
}

/** An element as the document has it: names by namespace URI, its text and elements in order. */
export interface XNode {
  name: string;
  local: string;
  uri: string;
  attrs: XAttr[];
  children: (XNode | string)[];
}

export function parseXmlNodes(xml: string): XNode {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XNode[] = [];
  let root: XNode | null = null;
  let failure: Error | null = null;
  parser.on('error', (e) => {
    failure ??= e;
  });
  parser.on('opentag', (tag) => {
    const attrs = Object.values(tag.attributes).map((a) => ({ name: a.name, local: a.local, uri: a.uri, value: a.value }));
    const node: XNode = { name: tag.name, local: tag.local, uri: tag.uri, attrs, children: [] };
    if (stack.length) stack[stack.length - 1].children.push(node);
    else root = node;
    stack.push(node);
  });
  const addText = (t: string) => {
    if (stack.length) stack[stack.length - 1].children.push(t);
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(xml).close();
  if (failure) throw failure;
  if (!root) throw new Error('no root element');
  return root;
}

/** An element with its attributes by qualified name and its own text joined: enough for a manifest. */
export interface XmlElement {
  name: string;
  local: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

export function parseXml(xml: string): XmlElement {
  return asElement(parseXmlNodes(xml));
}

function asElement(node: XNode): XmlElement {
  return {
    name: node.name,
    local: node.local,
    attributes: Object.fromEntries(node.attrs.map((a) => [a.name, a.value])),
    children: node.children.filter((c): c is XNode => typeof c !== 'string').map(asElement),
    text: node.children.filter((c): c is string => typeof c === 'string').join(''),
  };
}

/** Every element of the tree, depth first. */
export function* walk(element: XmlElement): Generator<XmlElement> {
  yield element;
  for (const child of element.children) yield* walk(child);
}
