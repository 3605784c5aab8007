import * as Y from 'yjs';
import { notesPlainText, NOTES_FIELD } from './plain-text';

/** An element as Tiptap's collaboration binding writes it: a name, attributes, children. */
function el(name: string, children: (Y.XmlElement | Y.XmlText)[], attrs: Record<string, string> = {}): Y.XmlElement {
  const element = new Y.XmlElement(name);
  for (const [key, value] of Object.entries(attrs)) element.setAttribute(key, value);
  element.insert(0, children);
  return element;
}
const text = (value: string, bold = false) => {
  const t = new Y.XmlText();
  t.insert(0, value, bold ? { bold: true } : {});
  return t;
};

function docOf(...blocks: Y.XmlElement[]): Y.Doc {
  const doc = new Y.Doc();
  doc.getXmlFragment(NOTES_FIELD).insert(0, blocks);
  return doc;
}

describe('the plain text of shared notes', () => {
  it('makes a line of each heading and paragraph, without formatting', () => {
    const bolded = new Y.XmlText();
    bolded.insert(0, 'Retry design ');
    bolded.insert(13, 'agreed', { bold: true });
    const doc = docOf(el('heading', [text('Notes')], { level: '2' }), el('paragraph', [bolded]));
    expect(notesPlainText(doc)).toBe('Notes\nRetry design agreed');
  });

  it('marks bullet and numbered items, indents nested ones and their later paragraphs', () => {
    const doc = docOf(
      el('bulletList', [
        el('listItem', [el('paragraph', [text('On-call')]), el('paragraph', [text('too many pages')])]),
        el('listItem', [
          el('paragraph', [text('Growth')]),
          el(
            'orderedList',
            [el('listItem', [el('paragraph', [text('book')])]), el('listItem', [el('paragraph', [text('talk')])])],
            {
              start: '3',
            },
          ),
        ]),
      ]),
    );
    expect(notesPlainText(doc)).toBe('- On-call\n  too many pages\n- Growth\n  3. book\n  4. talk');
  });

  it('breaks a line at a hard break and drops empty lines at either end', () => {
    const line = el('paragraph', [text('first'), el('hardBreak', []), text('second')]);
    const doc = docOf(el('paragraph', []), line, el('horizontalRule', []), el('paragraph', []));
    expect(notesPlainText(doc)).toBe('first\nsecond');
  });

  it('is empty for an empty document', () => {
    expect(notesPlainText(new Y.Doc())).toBe('');
  });
});
