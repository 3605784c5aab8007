import { Paper, Stack, Text } from '@mantine/core';
import { HocuspocusProvider } from '@hocuspocus/provider';
import { IconBold, IconH2, IconItalic, IconList } from '@tabler/icons-react';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useState } from 'react';
import * as Y from 'yjs';
import classes from './SharedNotes.module.css';
import { NotesToolbar, type ToolbarAction } from './NotesToolbar';
import {
  collaborationUrl,
  documentName,
  isRefused,
  type NotesConnection,
  type Participant,
  participantsFrom,
  presenceColour,
  refusalOf,
  stopReconnecting,
} from './notesConnection';
import { SharedNotesStatus } from './SharedNotesStatus';

export interface SharedNotesEditorProps {
  meetingId: string;
  /** The viewer's name, shown to the other side beside their caret. */
  viewerName: string;
  /** Shows the notes without editing them (a meeting that is over, for instance). */
  readOnly?: boolean;
  /** The WebSocket to use; the page's own host by default. */
  url?: string;
}

interface Session {
  doc: Y.Doc;
  provider: HocuspocusProvider;
}

/**
 * The live shared notes of a meeting: both participants type into one document at once (Yjs
 * through Hocuspocus on the API's /collaboration, Tiptap here), see who else is in it and their
 * caret. The session cookie authenticates the WebSocket; the server decides who may open it.
 */
export default function SharedNotesEditor({ meetingId, viewerName, readOnly = false, url }: SharedNotesEditorProps) {
  const [session, setSession] = useState<Session | null>(null);
  const [connection, setConnection] = useState<NotesConnection>('connecting');
  const [participants, setParticipants] = useState<Participant[]>([]);
  /** The server opened the notes read-only (a cancelled meeting): typing would not be kept. */
  const [grantedReadOnly, setGrantedReadOnly] = useState(false);

  useEffect(() => {
    const doc = new Y.Doc();
    let refused = false;
    let everConnected = false;
    const refuse = (state: NotesConnection) => {
      refused = true;
      setConnection(state);
      // Asking again would be refused again: stop reconnecting.
      stopReconnecting(provider);
    };
    const provider = new HocuspocusProvider({
      url: url ?? collaborationUrl(),
      name: documentName(meetingId),
      document: doc,
      onSynced: () => {
        everConnected = true;
        if (!refused) setConnection('connected');
      },
      onStatus: ({ status }) => {
        if (refused) return;
        if (status === 'connected') return; // "connected" once synced
        setConnection(everConnected ? 'reconnecting' : 'connecting');
      },
      onAuthenticated: ({ scope }) => setGrantedReadOnly(scope === 'readonly'),
      onAuthenticationFailed: ({ reason }) => refuse(refusalOf(reason) ?? 'noAccess'),
      onClose: ({ event }) => {
        const refusal = refusalOf(event.reason);
        if (refusal) refuse(refusal);
        else if (!refused && everConnected) setConnection('reconnecting');
      },
      onAwarenessChange: ({ states }) => setParticipants(participantsFrom(states, doc.clientID)),
    });
    setSession({ doc, provider });
    setConnection('connecting');
    return () => {
      provider.destroy();
      doc.destroy();
      setSession(null);
    };
  }, [meetingId, url]);

  const editor = useEditor(
    {
      extensions: session
        ? [
            // Collaboration brings its own history (per user): the starter kit's would undo the other side's words.
            StarterKit.configure({ undoRedo: false }),
            Collaboration.configure({ document: session.doc }),
            CollaborationCaret.configure({
              provider: session.provider,
              user: { name: viewerName, color: presenceColour(viewerName) },
            }),
          ]
        : [StarterKit],
      editable: !readOnly,
      immediatelyRender: true,
      editorProps: {
        attributes: {
          class: classes.content,
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': 'Shared notes',
          ...(readOnly ? { 'aria-readonly': 'true' } : {}),
        },
      },
    },
    [session, viewerName],
  );

  const refused = isRefused(connection);
  const viewOnly = readOnly || grantedReadOnly;
  useEffect(() => {
    editor?.setEditable(!viewOnly && !refused);
  }, [editor, viewOnly, refused]);

  const marks = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e?.isActive('bold') ?? false,
      italic: e?.isActive('italic') ?? false,
      bulletList: e?.isActive('bulletList') ?? false,
      heading: e?.isActive('heading', { level: 2 }) ?? false,
    }),
  });

  const actions: ToolbarAction[] = editor
    ? [
        {
          key: 'bold',
          label: 'Bold',
          icon: <IconBold size={16} aria-hidden />,
          active: marks?.bold ?? false,
          run: () => editor.chain().focus().toggleBold().run(),
        },
        {
          key: 'italic',
          label: 'Italic',
          icon: <IconItalic size={16} aria-hidden />,
          active: marks?.italic ?? false,
          run: () => editor.chain().focus().toggleItalic().run(),
        },
        {
          key: 'bullets',
          label: 'Bullet list',
          icon: <IconList size={16} aria-hidden />,
          active: marks?.bulletList ?? false,
          run: () => editor.chain().focus().toggleBulletList().run(),
        },
        {
          key: 'heading',
          label: 'Heading',
          icon: <IconH2 size={16} aria-hidden />,
          active: marks?.heading ?? false,
          run: () => editor.chain().focus().toggleHeading({ level: 2 }).run(),
        },
      ]
    : [];

  return (
    <Stack gap="xs" className={classes.root}>
      <SharedNotesStatus connection={connection} participants={participants} />
      {grantedReadOnly && !readOnly && !refused && (
        <Text size="sm" c="dimmed">
          These notes can be read but no longer changed here (the meeting was cancelled).
        </Text>
      )}
      {!viewOnly && !refused && <NotesToolbar actions={actions} label="Formatting of the shared notes" />}
      <Paper withBorder p="sm" radius="sm" aria-busy={connection === 'connecting'}>
        <EditorContent editor={editor} />
      </Paper>
    </Stack>
  );
}
