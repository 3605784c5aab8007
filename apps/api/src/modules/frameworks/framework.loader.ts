import { defaultFramework, type Framework } from '@trellis/domain';
import { RequestContext } from '../../graphql/request-context';
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
      current ??= repository
        .find(ctx.db, ctx.orgId)
        .then((row) =>
          row ? { document: row.document, version: row.version } : { document: defaultFramework(), version: 0 },
        );
      return current;
    },
  };
}

/** The framework of the request (see createFrameworkLoader). */
export function currentFramework(ctx: RequestContext): Promise<CurrentFramework> {
  return ctx.loader(createFrameworkLoader).load();
}
