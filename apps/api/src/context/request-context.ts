import type { Request, Response } from 'express';
import { EntityManager } from 'typeorm';
import { Policy } from '../authz/policy';
import { loadReportingLine } from '../authz/reporting-line.repository';
import { Viewer } from '../authz/viewer';
import { unauthenticated } from '../common/errors';
import { localDate, TIME_ZONE_HEADER, timeZoneOf } from '../common/local-date';
import { TenantTransaction } from '../database/tenant-transaction';

const EMPTY_LINE = { below: new Set<string>(), above: new Set<string>() };

/**
 * Everything one GraphQL request needs: who is asking, the request's transaction (every query
 * of the request runs in it, under row-level security), the policy, and per-request loaders.
 */
export class RequestContext {
  private policyPromise: Promise<Policy> | null = null;
  private policyValue: Policy | null = null;
  /** Counts policies asked for: one read before a reporting-line change must not be kept. */
  private policyGeneration = 0;
  private finished = false;
  private readonly loaders = new Map<unknown, unknown>();

  constructor(
    private currentViewer: Viewer | null,
    private readonly tx: TenantTransaction,
    readonly req: Request,
    readonly res: Response,
  ) {}

  get viewer(): Viewer | null {
    return this.currentViewer;
  }

  /** After sign-in, the rest of the request runs as the new user in their organization. */
  async actAs(viewer: Viewer): Promise<void> {
    await this.tx.switchTo('trellis_app', viewer.orgId, viewer.userId);
    this.currentViewer = viewer;
    this.policyPromise = null;
    this.policyValue = null;
    this.policyGeneration += 1;
    this.loaders.clear();
  }

  get db(): EntityManager {
    return this.tx.manager;
  }

  private todayValue: string | null = null;

  /** Today's date (YYYY-MM-DD) where the user is, by the time zone the client names; else UTC. */
  get today(): string {
    this.todayValue ??= localDate(new Date(), timeZoneOf(this.req?.headers?.[TIME_ZONE_HEADER]));
    return this.todayValue;
  }

  /** The viewer, or UNAUTHENTICATED. */
  requireViewer(): Viewer {
    if (!this.viewer) throw unauthenticated();
    return this.viewer;
  }

  get orgId(): string {
    return this.requireViewer().orgId;
  }

  /** The policy for this viewer; the reporting line is read once per request. */
  policy(): Promise<Policy> {
    const viewer = this.requireViewer();
    if (!this.policyPromise) {
      const generation = ++this.policyGeneration;
      this.policyPromise = (async () => {
        const line = viewer.personId ? await loadReportingLine(this.db, viewer.orgId, viewer.personId) : EMPTY_LINE;
        const policy = new Policy(viewer, line);
        // Unless the reporting line changed meanwhile (a newer policy is on its way).
        if (generation === this.policyGeneration) this.policyValue = policy;
        return policy;
      })();
    }
    return this.policyPromise;
  }

  /**
   * The policy when this request has read it already, else null: resolvers of many rows answer
   * from it at once instead of each awaiting `policy()`.
   */
  loadedPolicy(): Policy | null {
    this.requireViewer();
    return this.policyValue;
  }

  /** After a change to who reports to whom, the rest of the request reads the reporting line afresh. */
  reportingLineChanged(): void {
    this.policyPromise = null;
    this.policyValue = null;
    this.policyGeneration += 1;
  }

  /** A feature's loaders, created on first use and kept for the rest of the request. */
  loader<T>(factory: (ctx: RequestContext) => T): T {
    if (!this.loaders.has(factory)) this.loaders.set(factory, factory(this));
    return this.loaders.get(factory) as T;
  }

  private queryOperation = false;

  /** Marks the request's operation as a GraphQL query (set once the operation is known). */
  markQueryOperation(): void {
    this.queryOperation = true;
  }

  /**
   * Whether the operation is a query: it writes nothing that depends on what it reads (read
   * receipts at most), so it needs none of the locks that keep a writer's checks true until its
   * commit.
   */
  get isQueryOperation(): boolean {
    return this.queryOperation;
  }

  /** Ends the transaction once; later calls do nothing. */
  async finish(success: boolean): Promise<void> {
    if (this.finished) return;
    this.finished = true;
    if (success) await this.tx.commit();
    else await this.tx.rollback();
  }
}
