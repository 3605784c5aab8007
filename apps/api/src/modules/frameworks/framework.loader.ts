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
 * The organization's framework, read at most once per request: people's level names, ratings,
 * goals and evidence all resolve their keys against it.
 */
export function createFrameworkLoader(ctx: RequestContext): { load(): Promise<CurrentFramework> } {
  let current: Promise<CurrentFramework> | null = null;
  return {
    load() {
      // Readers hold the framework's lock shared: a framework save (exclusive) cannot remove a key
      // between a writer's check of it and the writer's commit.
      current ??= lockFramework(ctx, 'shared')
        .then(() => repository.find(ctx.db, ctx.orgId))
        .then((row) =>
          row ? { document: row.document, version: row.version } : { document: defaultFramework(), version: 0 },
        );
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
