import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { spawnSync } from 'node:child_process';
import { DataSource } from 'typeorm';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { notesPlainText, NOTES_FIELD } from '../../src/modules/one-on-ones/shared-notes/plain-text';

/** What a client of the live notes went through: the server's verdict and every close. */
export interface NotesClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Resolves with 'open' once synced, or with the server's refusal reason. */
  verdict: Promise<'open' | string>;
  /** Closes seen (the document's close message and the socket's). */
  closes: { code: number; reason: string }[];
  text(): string;
  /** Appends a paragraph (as Tiptap's editor would) at the end, or at `index`. */
  addParagraph(text: string, index?: number): void;
  /** Types `text` into the paragraph at `index`, at `offset` in it. */
  typeInto(index: number, offset: number, text: string): void;
  /** Waits until the text satisfies `check` (or fails after `timeoutMs`). */
  waitForText(check: (text: string) => boolean, timeoutMs?: number): Promise<string>;
  /** Waits until the server closes this client with `reason`. */
  waitForClose(reason: string, timeoutMs?: number): Promise<void>;
  destroy(): void;
}

/**
 * A Node client of /collaboration as the web client is one: HocuspocusProvider over `ws`, with
 * the browser's session cookie as a header (and an Origin, when given).
 */
export function openNotes(
  baseUrl: string,
  meetingId: string,
  cookie: string | null,
  options: { origin?: string; documentName?: string } = {},
): NotesClient {
  const headers: Record<string, string> = {};
  if (cookie) headers.cookie = cookie;
  if (options.origin) headers.origin = options.origin;
  class CookieWebSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  }
  const socket = new HocuspocusProviderWebsocket({
    url: `${baseUrl.replace(/^http/, 'ws')}/collaboration`,
    WebSocketPolyfill: CookieWebSocket,
    // Tests wait for reconnects: keep them quick.
    delay: 100,
    minDelay: 100,
    maxDelay: 500,
  });
  // The socket schedules a reconnect on every close before our handler runs; a reconnect would
  // switch reconnecting back on and, once the server is gone, retry forever (keeping jest alive).
  const stopForGood = () => {
    socket.connect = () => Promise.resolve();
    socket.disconnect();
  };
  const doc = new Y.Doc();
  const closes: { code: number; reason: string }[] = [];
  let settle: (value: string) => void = () => undefined;
  const verdict = new Promise<string>((resolve) => (settle = resolve));
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: options.documentName ?? `meeting:${meetingId}`,
    document: doc,
    onSynced: () => settle('open'),
    onAuthenticationFailed: ({ reason }) => settle(reason),
    onClose: ({ event }) => {
      closes.push({ code: event.code, reason: event.reason });
      // Refused: asking again would be refused again (the web client stops too).
      if (event.code === 4401 || event.code === 4403) stopForGood();
    },
  });
  // A provider given its socket attaches when told to.
  provider.attach();
  const fragment = doc.getXmlFragment(NOTES_FIELD);
  const client: NotesClient = {
    doc,
    provider,
    verdict,
    closes,
    text: () => notesPlainText(doc),
    addParagraph(text, index = fragment.length) {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(text)]);
      fragment.insert(index, [paragraph]);
    },
    typeInto(index, offset, text) {
      const paragraph = fragment.get(index) as Y.XmlElement;
      (paragraph.get(0) as Y.XmlText).insert(offset, text);
    },
    waitForText: (check, timeoutMs = 5000) =>
      waitFor(
        () => (check(client.text()) ? client.text() : null),
        timeoutMs,
        () => `text still ${JSON.stringify(client.text())}`,
      ),
    async waitForClose(reason, timeoutMs = 5000) {
      await waitFor(
        () => closes.find((c) => c.reason === reason) ?? null,
        timeoutMs,
        () => `closes so far: ${JSON.stringify(closes)}`,
      );
    },
    destroy: () => {
      stopForGood();
      provider.destroy();
      socket.destroy();
    },
  };
  return client;
}

/** Polls `probe` until it gives a value. */
export async function waitFor<T>(
  probe: () => T | null | Promise<T | null>,
  timeoutMs: number,
  what: () => string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null && value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms: ${what()}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The stored row of a meeting's notes, read as the owner (past row-level security). */
export async function storedNotes(
  db: DataSource,
  meetingId: string,
): Promise<{ plainText: string; documentText: string } | null> {
  const rows: { plain_text: string; document: Buffer }[] = await db.query(
    `SELECT plain_text, document FROM meeting_shared_notes WHERE meeting_id = $1`,
    [meetingId],
  );
  if (!rows[0]) return null;
  const doc = new Y.Doc();
  Y.applyUpdate(doc, new Uint8Array(rows[0].document));
  return { plainText: rows[0].plain_text, documentText: notesPlainText(doc) };
}

/**
 * A new meeting of the running series between `leadId` and `partnerId` (made when there is
 * none), written as the owner.
 */
export async function insertMeeting(
  db: DataSource,
  orgId: string,
  leadId: string,
  partnerId: string,
): Promise<{ seriesId: string; meetingId: string }> {
  const running: { id: string }[] = await db.query(
    `SELECT id FROM one_on_one_series
      WHERE org_id = $1 AND lead_id = $2 AND partner_id = $3 AND kind = 'manager_report' AND status <> 'ended'`,
    [orgId, leadId, partnerId],
  );
  const [series] = running.length
    ? running
    : ((await db.query(
        `INSERT INTO one_on_one_series (org_id, kind, lead_id, partner_id, cadence, weekday, start_time, time_zone)
         VALUES ($1, 'manager_report', $2, $3, 'weekly', 3, '10:00', 'Europe/Berlin') RETURNING id`,
        [orgId, leadId, partnerId],
      )) as { id: string }[]);
  const [meeting]: { id: string }[] = await db.query(
    `INSERT INTO meetings (org_id, series_id, scheduled_at, duration_minutes)
     VALUES ($1, $2, now() + interval '1 day', 30) RETURNING id`,
    [orgId, series.id],
  );
  return { seriesId: series.id, meetingId: meeting.id };
}

/**
 * Whether something answers on 127.0.0.1:6379, asked synchronously so that a describe block can
 * be skipped with its reason when nothing does.
 */
export function redisAnswers(): boolean {
  const probe = `const s=require('net').connect(6379,'127.0.0.1');s.setTimeout(1000);
    s.on('connect',()=>s.write('PING\\r\\n'));s.on('data',d=>{process.exit(String(d).startsWith('+PONG')?0:1)});
    s.on('error',()=>process.exit(1));s.on('timeout',()=>process.exit(1));`;
  return spawnSync(process.execPath, ['-e', probe], { timeout: 3000 }).status === 0;
}
