import * as Y from 'yjs';
import { sharedNoteDocument, sharedNoteParagraphs } from './shared-note-document';

describe('sharedNoteDocument', () => {
  it('stores paragraphs as ProseMirror paragraphs in the default fragment, with the plain text alongside', () => {
    const { document, plainText } = sharedNoteDocument(['Launch went well.', 'Next: the retry design.']);
    expect(sharedNoteParagraphs(document)).toEqual(['Launch went well.', 'Next: the retry design.']);
    expect(plainText).toBe('Launch went well.\n\nNext: the retry design.');
    const doc = new Y.Doc();
    Y.applyUpdate(doc, document);
    expect(doc.getXmlFragment('default').toString()).toBe(
      '<paragraph>Launch went well.</paragraph><paragraph>Next: the retry design.</paragraph>',
    );
  });
});
