import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { Redis } from '@hocuspocus/extension-redis';
import {
  afterUnloadDocumentPayload,
  Connection,
  connectedPayload,
  Extension,
  Hocuspocus,
  onAuthenticatePayload,
  onLoadDocumentPayload,
  onStoreDocumentPayload,
} from '@hocuspocus/server';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import * as Y from 'yjs';
import { isUuid } from '../../../common/validation';
import { APP_CONFIG } from '../../../config/config.module';
import { AppConfig } from '../../../config/env';
import { SessionContexts, sessionTokenOf } from '../../../context/session-context';
import { RecordReadsService } from '../../directory/record-reads/record-reads.service';
import { OneOnOnesService } from '../one-on-ones.service';
import { SharedNotesService } from './shared-notes.service';

/** Where the web client opens its WebSocket (same host and port as the API). */
export const COLLABORATION_PATH = '/collaboration';

/** The document of a meeting's shared notes: `meeting:<meeting id>`. */
export const documentNameOf = (meetingId: string) => `meeting:${meetingId}`;

/**
 * Why the server refuses or ends a connection; the client shows the first two as "no access".
 * The same refusal for a meeting that does not exist and one that is not yours.
 */
export const CLOSE_REASONS = {
  sessionEnded: { code: 4401, reason: 'session-ended' },
  noAccess: { code: 4403, reason: 'no-access' },
  /** Access stays but changed (read-only now, or writable again): the client reconnects. */
  accessChanged: { code: 4409, reason: 'access-changed' },
  shuttingDown: { code: 1001, reason: 'server-shutting-down' },
} as const;
type CloseEvent = { code: number; reason: string };

/** A socket that has not opened any document this long after the upgrade is closed. */
const AUTHENTICATION_TIMEOUT_MS = 10_000;
/** Documents one socket may ask for (the web client opens one per socket). */
const MAX_DOCUMENTS_PER_SOCKET = 4;
/** Largest WebSocket message accepted (a paste of a long text is far below). */
const MAX_MESSAGE_BYTES = 2 * 1024 * 1024;

/** What the upgrade hands Hocuspocus for every document of the socket (shared, not copied). */
interface SocketContext {
  token: string;
  socket: WebSocket;
  state: { documents: number; authenticated: boolean };
}

/** What a connection to one document was allowed, kept for the re-checks. */
interface LiveConnection {
  token: string;
  meetingId: string;
  orgId: string;
  write: boolean;
  request: IncomingMessage;
}

type Verdict = { allowed: true; orgId: string; write: boolean } | { allowed: false; close: CloseEvent };

/**
 * The live shared notes of one-on-ones: Hocuspocus (Yjs over WebSocket) on the API's own HTTP
 * server, at /collaboration. A connection is admitted as a GraphQL request is: the session cookie
 * of the upgrade request is looked up in a tenant transaction, and the one-on-ones service says
 * whether that viewer may open the meeting (its two participants only). Every open connection is
 * asked again on a timer and before every store; a revoked session or lost access closes it.
 * Documents are loaded from and stored to `meeting_shared_notes`; with REDIS_URL set, processes
 * share live edits through Redis.
 */
@Injectable()
export class SharedNotesServer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('SharedNotes');
  private readonly hocuspocus: Hocuspocus;
  private readonly sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  private readonly live = new Map<Connection, LiveConnection>();
  /** The organization of each loaded document (a meeting belongs to one). */
  private readonly organizations = new Map<string, string>();
  private httpServer: Server | null = null;
  private recheckTimer: NodeJS.Timeout | null = null;
  private rechecking = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly adapterHost: HttpAdapterHost,
    private readonly sessions: SessionContexts,
    private readonly oneOnOnes: OneOnOnesService,
    private readonly reads: RecordReadsService,
    private readonly notes: SharedNotesService,
  ) {
    const extensions: Extension[] = [];
    const redisUrl = config.collaboration.redisUrl;
    if (redisUrl) extensions.push(redisExtension(redisUrl, config.collaboration.redisPrefix));
    this.hocuspocus = new Hocuspocus({
      name: 'trellis-shared-notes',
      quiet: true,
      extensions,
      onAuthenticate: (payload) => this.authenticate(payload),
      connected: async (payload) => this.connected(payload),
      onLoadDocument: (payload) => this.loadDocument(payload),
      onStoreDocument: (payload) => this.storeDocument(payload),
      afterUnloadDocument: async (payload) => this.unloaded(payload),
    });
  }

  onApplicationBootstrap(): void {
    this.httpServer = this.adapterHost.httpAdapter.getHttpServer() as Server;
    this.httpServer.on('upgrade', this.upgrade);
    this.recheckTimer = setInterval(() => void this.recheckAll(), this.config.collaboration.recheckMs);
    this.recheckTimer.unref();
  }

  /** Before the HTTP server closes: pending stores are written, then every socket is closed. */
  async beforeApplicationShutdown(): Promise<void> {
    if (this.recheckTimer) clearInterval(this.recheckTimer);
    this.httpServer?.off('upgrade', this.upgrade);
    await Promise.all(
      [...this.hocuspocus.documents.keys()].map((name) =>
        this.hocuspocus.debouncer.executeNow(`onStoreDocument-${name}`),
      ),
    ).catch((error: unknown) => this.logger.error(`Storing notes at shutdown failed: ${describe(error)}`));
    // Told why, then cut at once: the HTTP server does not wait for closing handshakes.
    for (const socket of this.sockets.clients) {
      socket.close(CLOSE_REASONS.shuttingDown.code, CLOSE_REASONS.shuttingDown.reason);
      socket.terminate();
    }
    this.sockets.close();
    // Documents unload once their last connection is gone (with Redis, after a short delay).
    const deadline = Date.now() + 5_000;
    while (this.hocuspocus.getDocumentsCount() > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await this.hocuspocus.hooks('onDestroy', { instance: this.hocuspocus });
  }

  /** Open live connections (for tests and figures). */
  get connectionCount(): number {
    return this.live.size;
  }

  // ---- the upgrade ------------------------------------------------------------------------------

  private readonly upgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const path = (request.url ?? '').split('?')[0];
    if (path !== COLLABORATION_PATH) {
      // Another path is someone else's upgrade, if anyone listens for it.
      if (this.httpServer?.listenerCount('upgrade') === 1) refuseUpgrade(socket, 404, 'Not Found');
      return;
    }
    // A browser always names the page's origin: a page of another site must not use the cookie.
    if (!sameOrigin(request)) return refuseUpgrade(socket, 403, 'Forbidden');
    const token = sessionTokenOf(request);
    if (!token) return refuseUpgrade(socket, 401, 'Unauthorized');
    this.sockets.handleUpgrade(request, socket, head, (ws) => {
      ws.on('error', (error) => this.logger.warn(`WebSocket error: ${describe(error)}`));
      const context: SocketContext = { token, socket: ws, state: { documents: 0, authenticated: false } };
      const timer = setTimeout(() => {
        if (!context.state.authenticated) closeSocket(ws, CLOSE_REASONS.sessionEnded);
      }, AUTHENTICATION_TIMEOUT_MS);
      timer.unref();
      ws.once('close', () => clearTimeout(timer));
      this.hocuspocus.handleConnection(ws, request, context);
    });
  };

  // ---- hooks ------------------------------------------------------------------------------------

  private async authenticate({
    documentName,
    context,
    request,
    connectionConfig,
  }: onAuthenticatePayload): Promise<Pick<LiveConnection, 'meetingId' | 'orgId' | 'write'>> {
    const socketContext = context as SocketContext;
    socketContext.state.documents += 1;
    const meetingId = meetingIdOf(documentName);
    const verdict =
      meetingId && socketContext.state.documents <= MAX_DOCUMENTS_PER_SOCKET
        ? await this.decide(socketContext.token, meetingId, request, true)
        : ({ allowed: false, close: CLOSE_REASONS.noAccess } as const);
    if (!verdict.allowed) {
      // Hocuspocus answers "permission denied" with the reason first; the socket closes after it.
      setTimeout(() => closeSocket(socketContext.socket, verdict.close), 0);
      // No message: the refusal is expected, not an error to log.
      throw { reason: verdict.close.reason };
    }
    socketContext.state.authenticated = true;
    connectionConfig.readOnly = !verdict.write;
    return { meetingId: meetingId as string, orgId: verdict.orgId, write: verdict.write };
  }

  private connected({ connection, context, request }: connectedPayload): void {
    const { token, meetingId, orgId, write } = context as SocketContext & LiveConnection;
    this.live.set(connection, { token, meetingId, orgId, write, request });
    connection.onClose(() => this.live.delete(connection));
  }

  private async loadDocument({ documentName, context, document }: onLoadDocumentPayload): Promise<void> {
    const { meetingId, orgId } = context as LiveConnection;
    this.organizations.set(documentName, orgId);
    const stored = await this.notes.load(orgId, meetingId);
    if (stored) Y.applyUpdate(document, stored);
  }

  private async storeDocument({ documentName, document }: onStoreDocumentPayload): Promise<void> {
    const meetingId = meetingIdOf(documentName);
    const orgId = this.organizations.get(documentName);
    if (!meetingId || !orgId) return;
    // Whoever is still connected is asked again before their edits are written.
    await this.recheck(document.getConnections());
    try {
      await this.notes.store(orgId, meetingId, document);
    } catch (error) {
      // A failed store is retried by the next change; a thrown error would end the process.
      this.logger.error(`Storing the shared notes of meeting ${meetingId} failed: ${describe(error)}`);
    }
  }

  private unloaded({ documentName }: afterUnloadDocumentPayload): void {
    if (!this.hocuspocus.documents.has(documentName)) this.organizations.delete(documentName);
  }

  // ---- access -----------------------------------------------------------------------------------

  /**
   * The session and the meeting, asked as GraphQL asks them: in one tenant transaction, the
   * session lookup, then the one-on-ones service's answer. An admitted opening is recorded as a
   * read of the notes (for both participants; never for the reader themself).
   */
  private async decide(token: string, meetingId: string, request: IncomingMessage, opening: boolean): Promise<Verdict> {
    const ctx = await this.sessions.open(token, request);
    let success = false;
    try {
      let verdict: Verdict;
      if (!ctx.viewer) {
        verdict = { allowed: false, close: CLOSE_REASONS.sessionEnded };
      } else {
        const access = await this.oneOnOnes.meetingAccessFor(ctx, meetingId);
        if (!access.read) {
          verdict = { allowed: false, close: CLOSE_REASONS.noAccess };
        } else {
          if (opening) {
            const participants = [access.leadId, access.partnerId].filter((id): id is string => id !== null);
            await this.reads.record(ctx, 'meeting_notes', participants, meetingId);
          }
          verdict = { allowed: true, orgId: ctx.viewer.orgId, write: access.write };
        }
      }
      success = true;
      return verdict;
    } finally {
      await ctx.finish(success);
    }
  }

  /** Asks again for each connection; closes those whose session or access ended. */
  private async recheck(connections: Connection[]): Promise<void> {
    await Promise.all(
      connections.map(async (connection) => {
        const live = this.live.get(connection);
        if (!live) return;
        let verdict: Verdict;
        try {
          verdict = await this.decide(live.token, live.meetingId, live.request, false);
        } catch (error) {
          // The database did not answer: keep the connection, ask again next time.
          this.logger.warn(`Re-checking a shared-notes connection failed: ${describe(error)}`);
          return;
        }
        if (!verdict.allowed) this.end(connection, verdict.close);
        else if (verdict.write !== live.write) this.end(connection, CLOSE_REASONS.accessChanged);
      }),
    );
  }

  private async recheckAll(): Promise<void> {
    if (this.rechecking) return;
    this.rechecking = true;
    try {
      await this.recheck([...this.live.keys()]);
    } finally {
      this.rechecking = false;
    }
  }

  /** Tells the client why this document closed, then closes its socket with the same reason. */
  private end(connection: Connection, event: CloseEvent): void {
    this.live.delete(connection);
    const socket = connection.webSocket;
    connection.close(event);
    closeSocket(socket, event);
  }
}

// ---- helpers ----------------------------------------------------------------------------------

const DOCUMENT_NAME = /^meeting:(.+)$/;

function meetingIdOf(documentName: string): string | null {
  const id = DOCUMENT_NAME.exec(documentName)?.[1];
  return id && isUuid(id) ? id : null;
}

function closeSocket(socket: WebSocket, event: CloseEvent): void {
  if (socket.readyState === WebSocket.OPEN || socket.readyState === WebSocket.CONNECTING) {
    socket.close(event.code, event.reason);
  }
}

function refuseUpgrade(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * No Origin (a program, not a browser page), or the page's origin is this host. Behind a proxy on
 * this machine (the only one trusted, as for HTTP), the host the browser asked for is forwarded.
 */
function sameOrigin(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  let originHost: string;
  try {
    originHost = new URL(origin).host.toLowerCase();
  } catch {
    return false;
  }
  const hosts = [request.headers.host];
  const forwarded = request.headers['x-forwarded-host'];
  if (LOOPBACK.has(request.socket.remoteAddress ?? '')) hosts.push(...[forwarded ?? []].flat());
  return hosts.some((host) => host?.split(',')[0].trim().toLowerCase() === originHost);
}

/** Hocuspocus' Redis extension, from a redis:// URL (user, password and database included). */
function redisExtension(url: string, prefix: string): Redis {
  const parsed = new URL(url);
  return new Redis({
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    prefix: `${prefix}:shared-notes`,
    options: {
      username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
      password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
      db: parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0,
      tls: parsed.protocol === 'rediss:' ? {} : undefined,
    },
  });
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
