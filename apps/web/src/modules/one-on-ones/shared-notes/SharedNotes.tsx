import { Skeleton } from '@mantine/core';
import { lazy, Suspense } from 'react';
import type { SharedNotesEditorProps } from './SharedNotesEditor';

// The editor (Tiptap, ProseMirror, Yjs, Hocuspocus) is large: it loads when a meeting page shows it.
const SharedNotesEditor = lazy(() => import('./SharedNotesEditor'));

export type SharedNotesProps = SharedNotesEditorProps;

/**
 * The live shared notes of a meeting, for the meeting page: `<SharedNotes meetingId viewerName
 * readOnly? />`. Shows a placeholder while the editor's code loads.
 */
export function SharedNotes(props: SharedNotesProps) {
  return (
    <Suspense fallback={<Skeleton height={160} radius="sm" aria-label="Loading the shared notes" />}>
      <SharedNotesEditor {...props} />
    </Suspense>
  );
}
