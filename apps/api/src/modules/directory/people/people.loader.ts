import DataLoader from 'dataloader';
import { groupBy } from '../../../common/group-by';
import { RequestContext } from '../../../context/request-context';
import { PersonRow } from './person-row';
import { PeopleRepository } from './people.repository';

const repository = new PeopleRepository();

/** Per-request loaders: each batches one tick's lookups into a single query. */
export function createPeopleLoaders(ctx: RequestContext) {
  return {
    byId: new DataLoader<string, PersonRow | null>(async (ids) => {
      const rows = await repository.findByIds(ctx.db, ctx.orgId, ids);
      const byId = new Map(rows.map((p) => [p.id, p]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    reportsOf: new DataLoader<string, PersonRow[]>(async (managerIds) => {
      const groups = groupBy(await repository.findActiveByManagers(ctx.db, ctx.orgId, managerIds), (p) => p.managerId);
      return managerIds.map((id) => groups.get(id) ?? []);
    }),
    memberCountOf: new DataLoader<string, number>(async (teamIds) => {
      const counts = await repository.countActiveByTeams(ctx.db, ctx.orgId, teamIds);
      return teamIds.map((id) => counts.get(id) ?? 0);
    }),
    membersOf: new DataLoader<string, PersonRow[]>(async (teamIds) => {
      const groups = groupBy(await repository.findActiveByTeams(ctx.db, ctx.orgId, teamIds), (p) => p.teamId);
      return teamIds.map((id) => groups.get(id) ?? []);
    }),
  };
}
