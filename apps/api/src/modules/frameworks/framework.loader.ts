import { defaultFramework, type Framework } from '@trellis/domain';
import { RequestContext } from '../../context/request-context';
import { FrameworksRepository } from './frameworks.repository';

const repository = new FrameworksRepository();

export interface CurrentFramework {
  document: Framework;
  /** 0 while the organization still reads the default framework. */
  version: number;
}

/**
 * Documents already read, by organization: a request reads only the row's stamp, and the
 * document itself when it changed. Shared between requests, so frozen.
 */
const documents = new Map<string, { stamp: string; document: Framework }>();
/** Organizations whose documents are kept; past it the oldest read is forgotten. */
const MAX_DOCUMENTS = 1000;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

async function readFramework(ctx: RequestContext): Promise<CurrentFramework> {
  const known = documents.get(ctx.orgId);
  const row = await repository.findIfChanged(ctx.db, ctx.orgId, known?.stamp ?? null);
  if (!row) return { document: defaultFramework(), version: 0 };
  if (row.document === null && known) return { document: known.document, version: row.version };
  const document = deepFreeze(row.document as Framework);
  documents.delete(ctx.orgId);
  if (documents.size >= MAX_DOCUMENTS) documents.delete(documents.keys().next().value as string);
  documents.set(ctx.orgId, { stamp: row.stamp, document });
  return { document, version: row.version };
}

/**
 * The organization's framework, read at most once per request: people's level names, ratings,
 * goals and evidence all resolve their keys against it. The document is parsed once per
 * version (see `documents`); the request still reads the row's stamp under the lock.
 */
export function createFrameworkLoader(ctx: RequestContext): {
  load(): Promise<CurrentFramework>;
  loaded(): CurrentFramework | null;
} {
  let current: Promise<CurrentFramework> | null = null;
  let value: CurrentFramework | null = null;
  return {
    /** The framework once this request has read it, else null. */
    loaded: () => value,
    load() {
      // Mutations hold the framework's lock shared: a framework save (exclusive) cannot remove a
      // key between a writer's check of it and the writer's commit. A query writes nothing that
      // depends on a key, so it reads without the lock (one statement fewer per page).
      current ??= (ctx.isQueryOperation ? Promise.resolve() : lockFramework(ctx, 'shared'))
        .then(() => readFramework(ctx))
        .then((read) => (value = read));
      return current;
    },
  };
}

/**
 * The organization's framework lock, for the rest of the transaction. Saves take it exclusive
 * before they read the framework; every request that reads it takes it shared.
 */
export async function lockFramework(ctx: RequestContext, mode: 'shared' | 'exclusive'): Promise<void> {
  const fn = mode === 'shared' ? 'pg_advisory_xact_lock_shared' : 'pg_advisory_xact_lock';
  await ctx.db.query(`SELECT ${fn}(hashtextextended($1, 0))`, [`trellis.framework:${ctx.orgId}`]);
}

/** The framework of the request (see createFrameworkLoader). */
export function currentFramework(ctx: RequestContext): Promise<CurrentFramework> {
  return ctx.loader(createFrameworkLoader).load();
}

/** The framework of the request if it was read already, else null (for answers without waiting). */
export function loadedFramework(ctx: RequestContext): CurrentFramework | null {
  return ctx.loader(createFrameworkLoader).loaded();
}
