import { act, fireEvent, screen, within } from '@testing-library/react';
import type { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { renderWithProviders } from '@web/test/renderWithProviders';
import { NotesToolbar } from './NotesToolbar';
import {
  collaborationUrl,
  initialsOf,
  participantsFrom,
  PRESENCE_COLOURS,
  presenceColour,
  refusalOf,
  stopReconnecting,
} from './notesConnection';
import SharedNotesEditor from './SharedNotesEditor';
import { SharedNotesStatus } from './SharedNotesStatus';

/** The provider the editor made, with the callbacks it gave: the test plays the server. */
interface FakeProvider {
  configuration: {
    url: string;
    name: string;
    document: Y.Doc;
    onSynced: () => void;
    onStatus: (e: { status: string }) => void;
    onAuthenticated: (e: { scope: string }) => void;
    onAuthenticationFailed: (e: { reason: string }) => void;
    onClose: (e: { event: { code: number; reason: string } }) => void;
    onAwarenessChange: (e: { states: { clientId: number; user?: { name: string; color: string } }[] }) => void;
  };
  awareness: Awareness;
  disconnect: jest.Mock;
  destroy: jest.Mock;
}
const providers: FakeProvider[] = [];

jest.mock('@hocuspocus/provider', () => ({
  HocuspocusProvider: jest.fn().mockImplementation((configuration: FakeProvider['configuration']) => {
    const provider: FakeProvider = {
      configuration,
      awareness: new (jest.requireActual<typeof import('y-protocols/awareness')>('y-protocols/awareness').Awareness)(
        configuration.document,
      ),
      disconnect: jest.fn(),
      destroy: jest.fn(),
    };
    providers.push(provider);
    return provider;
  }),
}));

const latest = () => providers[providers.length - 1];

describe('SharedNotesEditor', () => {
  beforeEach(() => {
    providers.length = 0;
  });

  it("opens the meeting's document on the page's own host, then says it is connected", () => {
    renderWithProviders(<SharedNotesEditor meetingId="m-1" viewerName="Maya Patel" />);
    expect(latest().configuration).toMatchObject({ url: 'ws://localhost/collaboration', name: 'meeting:m-1' });
    expect(screen.getByText('Connecting…')).toBeInTheDocument();
    act(() => latest().configuration.onSynced());
    expect(screen.getByText('Connected')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Shared notes' })).toHaveAttribute('contenteditable', 'true');
    expect(screen.getByRole('toolbar', { name: 'Formatting of the shared notes' })).toBeInTheDocument();
  });

  it("shows the other side's words as they arrive in the document, and the viewer's caret name to them", () => {
    renderWithProviders(<SharedNotesEditor meetingId="m-1" viewerName="Maya Patel" />);
    act(() => latest().configuration.onSynced());
    const doc = latest().configuration.document;
    act(() => {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText('Sam: on-call was heavy')]);
      doc.getXmlFragment('default').insert(0, [paragraph]);
    });
    expect(screen.getByRole('textbox', { name: 'Shared notes' })).toHaveTextContent('Sam: on-call was heavy');
    expect(latest().awareness.getLocalState()?.user).toEqual({
      name: 'Maya Patel',
      color: expect.stringMatching(/^#/),
    });
  });

  it('says edits are kept while the connection is down, and connected again once it is back', () => {
    renderWithProviders(<SharedNotesEditor meetingId="m-1" viewerName="Maya Patel" />);
    act(() => latest().configuration.onSynced());
    act(() => latest().configuration.onClose({ event: { code: 1006, reason: '' } }));
    expect(screen.getByText('Reconnecting…')).toBeInTheDocument();
    expect(screen.getByText(/Your edits are kept and will be sent/)).toBeInTheDocument();
    // Still editable meanwhile: the words wait in this browser.
    expect(screen.getByRole('textbox', { name: 'Shared notes' })).toHaveAttribute('contenteditable', 'true');
    act(() => latest().configuration.onStatus({ status: 'connected' }));
    act(() => latest().configuration.onSynced());
    expect(screen.queryByText('Reconnecting…')).not.toBeInTheDocument();
    expect(screen.getByText('Connected')).toBeInTheDocument();
  });

  it('says so when the server refuses, stops asking, and stops editing', () => {
    renderWithProviders(<SharedNotesEditor meetingId="m-1" viewerName="Dana Whitfield" />);
    act(() => latest().configuration.onAuthenticationFailed({ reason: 'no-access' }));
    expect(screen.getByRole('alert')).toHaveTextContent('You no longer have access');
    expect(latest().disconnect).toHaveBeenCalled();
    expect(screen.getByRole('textbox', { name: 'Shared notes' })).toHaveAttribute('contenteditable', 'false');
    expect(screen.queryByRole('toolbar')).not.toBeInTheDocument();
  });

  it('ends editing when the server closes the notes because the session ended', () => {
    renderWithProviders(<SharedNotesEditor meetingId="m-1" viewerName="Sam Okafor" />);
    act(() => latest().configuration.onSynced());
    act(() => latest().configuration.onClose({ event: { code: 4401, reason: 'session-ended' } }));
    expect(screen.getByRole('alert')).toHaveTextContent(/You no longer have access.*Sign in again/);
    expect(screen.queryByText('Reconnecting…')).not.toBeInTheDocument();
  });

  it('shows who is in the note, once each, the viewer first', () => {
    renderWithProviders(<SharedNotesEditor meetingId="m-1" viewerName="Maya Patel" />);
    const self = latest().configuration.document.clientID;
    act(() =>
      latest().configuration.onAwarenessChange({
        states: [
          { clientId: 7, user: { name: 'Sam Okafor', color: '#862e9c' } },
          { clientId: 8, user: { name: 'Sam Okafor', color: '#862e9c' } },
          { clientId: self, user: { name: 'Maya Patel', color: '#1864ab' } },
        ],
      }),
    );
    const group = screen.getByRole('group', { name: 'In the note' });
    expect(
      within(group)
        .getAllByText(/Maya|Sam/)
        .map((name) => name.textContent),
    ).toEqual(['Maya Patel (you)', 'Sam Okafor']);
  });

  it('shows the notes without a toolbar when read-only', () => {
    renderWithProviders(<SharedNotesEditor meetingId="m-1" viewerName="Maya Patel" readOnly />);
    act(() => latest().configuration.onSynced());
    expect(screen.getByRole('textbox', { name: 'Shared notes' })).toHaveAttribute('contenteditable', 'false');
    expect(screen.queryByRole('toolbar')).not.toBeInTheDocument();
  });

  it('stops editing when the server opens the notes read-only', () => {
    renderWithProviders(<SharedNotesEditor meetingId="m-1" viewerName="Maya Patel" />);
    act(() => latest().configuration.onAuthenticated({ scope: 'readonly' }));
    act(() => latest().configuration.onSynced());
    expect(screen.getByText(/can be read but no longer changed/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Shared notes' })).toHaveAttribute('contenteditable', 'false');
    expect(screen.queryByRole('toolbar')).not.toBeInTheDocument();
  });

  it('leaves the document when it goes away', () => {
    const { unmount } = renderWithProviders(<SharedNotesEditor meetingId="m-1" viewerName="Maya Patel" />);
    const provider = latest();
    unmount();
    expect(provider.destroy).toHaveBeenCalled();
  });
});

describe('SharedNotesStatus', () => {
  it('names nobody before anyone is there', () => {
    renderWithProviders(<SharedNotesStatus connection="connecting" participants={[]} />);
    expect(screen.queryByText('In the note:')).not.toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'Connection' })).toHaveTextContent('Connecting…');
  });
});

describe('NotesToolbar', () => {
  const actions = () =>
    ['Bold', 'Italic', 'Bullet list', 'Heading'].map((label) => ({
      key: label,
      label,
      icon: <span aria-hidden>{label[0]}</span>,
      active: label === 'Italic',
      run: jest.fn(),
    }));

  it('is one tab stop whose buttons the arrow keys, Home and End move between', () => {
    renderWithProviders(<NotesToolbar actions={actions()} />);
    const [bold, italic, , heading] = screen.getAllByRole('button');
    expect(bold).toHaveAttribute('tabindex', '0');
    expect(italic).toHaveAttribute('tabindex', '-1');
    bold.focus();
    fireEvent.keyDown(bold, { key: 'ArrowRight' });
    expect(italic).toHaveFocus();
    fireEvent.keyDown(italic, { key: 'End' });
    expect(heading).toHaveFocus();
    fireEvent.keyDown(heading, { key: 'ArrowRight' });
    expect(bold).toHaveFocus();
    fireEvent.keyDown(bold, { key: 'ArrowLeft' });
    expect(heading).toHaveFocus();
    expect(heading).toHaveAttribute('tabindex', '0');
  });

  it('says what each button does and which are on, and runs it', () => {
    const list = actions();
    renderWithProviders(<NotesToolbar actions={list} />);
    expect(screen.getByRole('button', { name: 'Italic' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Bold' })).toHaveAttribute('aria-pressed', 'false');
    fireEvent.click(screen.getByRole('button', { name: 'Bullet list' }));
    expect(list[2].run).toHaveBeenCalled();
  });
});

describe('the live notes helpers', () => {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5]
      .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };

  it('gives every presence colour at least 4.5:1 against white (caret on the page, white name label)', () => {
    for (const colour of PRESENCE_COLOURS) expect(1.05 / (luminance(colour) + 0.05)).toBeGreaterThanOrEqual(4.5);
    expect(presenceColour('Maya Patel')).toBe(presenceColour('Maya Patel'));
  });

  it('uses wss on an https page', () => {
    expect(collaborationUrl({ protocol: 'https:', host: 'trellis.example' })).toBe(
      'wss://trellis.example/collaboration',
    );
  });

  it('reads the server reasons and initials', () => {
    expect([refusalOf('no-access'), refusalOf('session-ended'), refusalOf('access-changed')]).toEqual([
      'noAccess',
      'sessionEnded',
      null,
    ]);
    expect(initialsOf('Sam Okafor')).toBe('SO');
    expect(participantsFrom([{ clientId: 1 }, { clientId: 2, user: { name: '  ' } }], 1)).toEqual([]);
  });

  it('stops a refused provider for good: the reconnect it had already scheduled does nothing', async () => {
    const connect = jest.fn(() => Promise.resolve());
    const provider = { disconnect: jest.fn(), configuration: { websocketProvider: { connect } } };
    stopReconnecting(provider);
    expect(provider.disconnect).toHaveBeenCalled();
    await provider.configuration.websocketProvider.connect();
    expect(connect).not.toHaveBeenCalled();
  });
});
