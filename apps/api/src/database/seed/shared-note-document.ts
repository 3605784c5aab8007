import * as Y from 'yjs';

/** The XML fragment Tiptap's Collaboration extension edits by default. */
export const SHARED_NOTE_FIELD = 'default';

/**
 * A meeting's shared notes as the live editor stores them: a Yjs document whose `default` XML
 * fragment holds one ProseMirror paragraph per text, encoded as one update
 * (`Y.encodeStateAsUpdate`), with the plain text kept alongside (paragraphs joined by blank lines)
 * for search, exports and the previous meeting's summary.
 */
export function sharedNoteDocument(paragraphs: readonly string[]): { document: Uint8Array; plainText: string } {
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment(SHARED_NOTE_FIELD);
  doc.transact(() => {
    fragment.insert(
      0,
      paragraphs.map((text) => {
        const paragraph = new Y.XmlElement('paragraph');
        paragraph.insert(0, [new Y.XmlText(text)]);
        return paragraph;
      }),
    );
  });
  const document = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return { document, plainText: paragraphs.join('\n\n') };
}

/** The paragraphs' text read back from a stored document (for tests and checks). */
export function sharedNoteParagraphs(document: Uint8Array): string[] {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, document);
  const texts = doc
    .getXmlFragment(SHARED_NOTE_FIELD)
    .toArray()
    .map((node) =>
      node instanceof Y.XmlElement
        ? node
            .toArray()
            .map((t) => (t instanceof Y.XmlText ? t.toString() : ''))
            .join('')
        : '',
    );
  doc.destroy();
  return texts;
}
