/**
 * What the live notes' connection is doing, as the person typing should understand it:
 * - connecting: the first connection is being made;
 * - connected: edits go to the other side as they are typed;
 * - reconnecting: the connection dropped; edits stay in this browser (Yjs) and are sent on reconnect;
 * - noAccess: the server refused the notes (not a participant, or no longer);
 * - sessionEnded: the session ended (signed out elsewhere, account deactivated).
 */
export type NotesConnection = 'connecting' | 'connected' | 'reconnecting' | 'noAccess' | 'sessionEnded';

/** The server's refusal reasons (apps/api …/shared-notes.server.ts, CLOSE_REASONS). */
export function refusalOf(reason: string | undefined): NotesConnection | null {
  if (reason === 'no-access') return 'noAccess';
  if (reason === 'session-ended') return 'sessionEnded';
  return null;
}

export function isRefused(state: NotesConnection): boolean {
  return state === 'noAccess' || state === 'sessionEnded';
}

/** The WebSocket of the live notes: the page's own host (the session cookie goes along). */
export function collaborationUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/collaboration`;
}

export const documentName = (meetingId: string) => `meeting:${meetingId}`;

/**
 * Colours for people in the note: each gives at least 5:1 against white, so a caret on the page
 * and white text on a name label are both readable (WCAG AA).
 */
export const PRESENCE_COLOURS = [
  '#1864ab',
  '#862e9c',
  '#c92a2a',
  '#5f3dc4',
  '#0b7285',
  '#a61e4d',
  '#364fc7',
  '#087f5b',
];

/** A stable colour for a name: the same person has the same colour in every browser. */
export function presenceColour(name: string): string {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return PRESENCE_COLOURS[hash % PRESENCE_COLOURS.length];
}

export interface Participant {
  name: string;
  colour: string;
  self: boolean;
}

/**
 * Who is in the note, from the awareness states: one entry per name (a person in two tabs is
 * there once), the viewer first, then by name.
 */
export function participantsFrom(
  states: { clientId: number; user?: { name?: unknown; color?: unknown } }[],
  selfClientId: number,
): Participant[] {
  const byName = new Map<string, Participant>();
  for (const state of states) {
    const name = typeof state.user?.name === 'string' ? state.user.name.trim() : '';
    if (!name) continue;
    const self = state.clientId === selfClientId;
    const known = byName.get(name);
    if (known) {
      known.self ||= self;
      continue;
    }
    const colour = typeof state.user?.color === 'string' ? state.user.color : presenceColour(name);
    byName.set(name, { name, colour, self });
  }
  return [...byName.values()].sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name));
}

export function initialsOf(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  return ((words[0]?.[0] ?? '') + (words.length > 1 ? words[words.length - 1][0] : '')).toUpperCase();
}

/** What `stopReconnecting` needs of a provider. */
export interface StoppableProvider {
  disconnect(): void;
  configuration: { websocketProvider?: { connect(): Promise<unknown> } };
}

/**
 * Stops a provider for good once the server has refused it. `disconnect()` alone is not enough:
 * when the server closes the socket, the provider schedules its reconnect before our close handler
 * runs, and that reconnect would turn reconnecting back on and ask (to be refused) again and again.
 */
export function stopReconnecting(provider: StoppableProvider): void {
  const socket = provider.configuration.websocketProvider;
  if (socket) socket.connect = () => Promise.resolve();
  provider.disconnect();
}
