import * as Y from 'yjs';

/** The XmlFragment Tiptap's Collaboration extension edits (its `field` option, left at its default). */
export const NOTES_FIELD = 'default';

/** Inline nodes: part of a line, never a line of their own. */
const INLINE = new Set(['hardBreak', 'image', 'mention']);

/**
 * The plain text of a shared-notes document, for search, exports and reviews: each paragraph,
 * heading or code block is a line; list items are lines marked "- " (bullets) or "1. " (ordered),
 * nested items indented; a hard break starts a new line. No formatting, no empty lines at either end.
 */
export function notesPlainText(doc: Y.Doc): string {
  const lines: string[] = [];
  blocks(doc.getXmlFragment(NOTES_FIELD).toArray(), '', '', lines);
  while (lines.length && lines[0].trim() === '') lines.shift();
  while (lines.length && lines[lines.length - 1].trim() === '') lines.pop();
  return lines.join('\n');
}

type YNode = Y.XmlElement | Y.XmlText | Y.XmlHook;

/** Block nodes in order: the first line they make starts with `first`, every later one with `rest`. */
function blocks(nodes: YNode[], first: string, rest: string, lines: string[]): void {
  let prefix = first;
  for (const node of nodes) {
    const before = lines.length;
    block(node, prefix, rest, lines);
    if (lines.length > before) prefix = rest;
  }
}

function block(node: YNode, first: string, rest: string, lines: string[]): void {
  if (node instanceof Y.XmlText) {
    lines.push(first + inline([node], rest));
    return;
  }
  if (!(node instanceof Y.XmlElement)) return;
  const children = node.toArray();
  switch (node.nodeName) {
    case 'bulletList':
    case 'orderedList':
    case 'taskList': {
      const start = Number(node.getAttribute('start') ?? 1) || 1;
      children.forEach((item, i) => {
        const marker = node.nodeName === 'orderedList' ? `${start + i}. ` : '- ';
        const itemChildren = item instanceof Y.XmlElement ? item.toArray() : [item];
        blocks(itemChildren, (i === 0 ? first : rest) + marker, rest + ' '.repeat(marker.length), lines);
      });
      return;
    }
    case 'horizontalRule':
      return;
    default:
      if (children.some((child) => child instanceof Y.XmlElement && !INLINE.has(child.nodeName))) {
        blocks(children, first, rest, lines);
      } else {
        lines.push(first + inline(children, rest));
      }
  }
}

/** The text of a line's inline content; a hard break continues on a new line with `rest`. */
function inline(nodes: YNode[], rest: string): string {
  let text = '';
  for (const node of nodes) {
    if (node instanceof Y.XmlText) {
      for (const op of node.toDelta() as { insert?: unknown }[]) {
        if (typeof op.insert === 'string') text += op.insert;
      }
    } else if (node instanceof Y.XmlElement && node.nodeName === 'hardBreak') {
      text += `\n${rest}`;
    }
  }
  return text;
}
