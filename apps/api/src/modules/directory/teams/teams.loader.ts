import DataLoader from 'dataloader';
import { RequestContext } from '../../../context/request-context';
import { TeamRow } from './teams.repository';
import { TeamsRepository } from './teams.repository';

const repository = new TeamsRepository();

export function createTeamLoaders(ctx: RequestContext) {
  return {
    byId: new DataLoader<string, TeamRow | null>(async (ids) => {
      const byId = new Map((await repository.findByIds(ctx.db, ctx.orgId, ids)).map((t) => [t.id, t]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    childrenOf: new DataLoader<string, TeamRow[]>(async (parentIds) => {
      const rows = await repository.findByParents(ctx.db, ctx.orgId, parentIds);
      return parentIds.map((id) => rows.filter((t) => t.parentId === id));
    }),
  };
}
