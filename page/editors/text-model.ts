/**
 * Reads a contenteditable box as plain text, with a map from text offsets back to DOM positions,
 * so a match found in the text can be selected in the box. Block elements become line breaks,
 * which is how Lexical, Draft.js, Quill and LinkedIn's `<p>` lines all present their lines.
 */

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'SECTION', 'ARTICLE', 'TR',
]);

interface TextSegment {
  node: Text;
  /** Offset of the node's first character in the whole text. */
  start: number;
}

export interface DomPosition {
  node: Node;
  offset: number;
}

export interface EditableText {
  text: string;
  /** The DOM position of a text offset; null when the offset is not inside the box's text. */
  positionAt(offset: number, preferEnd?: boolean): DomPosition | null;
  /** The text offset of a DOM position inside the box, or null. */
  offsetOf(node: Node, offset: number): number | null;
}

export function readEditableText(root: HTMLElement): EditableText {
  const segments: TextSegment[] = [];
  let text = '';

  const walk = (parent: Node) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        segments.push({ node: child as Text, start: text.length });
        text += (child as Text).data;
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const element = child as Element;
        if (element.tagName === 'BR') {
          text += '\n';
        } else if (BLOCK_TAGS.has(element.tagName)) {
          if (text.length > 0 && !text.endsWith('\n')) text += '\n';
          walk(element);
        } else {
          walk(element);
        }
      }
    }
  };
  walk(root);

  // A trailing line break is an artefact of an empty last line, not text the person wrote.
  const trimmed = text.replace(/\n+$/, '');

  const positionAt = (offset: number, preferEnd = false): DomPosition | null => {
    let best: DomPosition | null = null;
    for (const segment of segments) {
      const end = segment.start + segment.node.data.length;
      if (offset < segment.start || offset > end) continue;
      const position = { node: segment.node, offset: offset - segment.start };
      // At a boundary between two nodes, an end belongs to the earlier node and a start to the later.
      if (preferEnd) return position;
      best = position;
    }
    return best;
  };

  const offsetOf = (node: Node, offset: number): number | null => {
    if (node.nodeType === Node.TEXT_NODE) {
      const segment = segments.find((candidate) => candidate.node === node);
      return segment ? segment.start + offset : null;
    }
    // An element position: the text offset of the first text node at or after the child index.
    const child = node.childNodes[offset];
    if (!child) {
      const last = lastTextIn(node);
      const segment = last && segments.find((candidate) => candidate.node === last);
      return segment ? segment.start + segment.node.data.length : null;
    }
    for (const segment of segments) {
      if (child === segment.node || child.contains(segment.node)) return segment.start;
    }
    return null;
  };

  return { text: trimmed, positionAt, offsetOf };
}

function lastTextIn(node: Node): Text | null {
  for (let child = node.lastChild; child; child = child.previousSibling) {
    if (child.nodeType === Node.TEXT_NODE) return child as Text;
    const inner = lastTextIn(child);
    if (inner) return inner;
  }
  return null;
}

/** Text as a person sees it: no-break spaces as spaces, zero-width marks dropped, no trailing lines. */
export function normalizeForComparison(text: string): string {
  return text.replace(/\u00a0/g, ' ').replace(/[\u200b\ufeff]/g, '').replace(/\s+$/, '');
}
