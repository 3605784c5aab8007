import DataLoader from 'dataloader';
import { groupBy } from '../../../common/group-by';
import { RequestContext } from '../../../context/request-context';
import { createTeamLoaders } from '../teams/teams.loader';
import { PersonRow } from './person-row';
import { PeopleRepository, PeopleWithRelated } from './people.repository';

const repository = new PeopleRepository();

/**
 * People read with their team and manager: the rows go into the request's loaders, so a page's
 * `team { … }` and `manager { … }` answer from them instead of two more statements.
 */
export function primeRelated(ctx: RequestContext, related: PeopleWithRelated): PersonRow[] {
  const people = ctx.loader(createPeopleLoaders).byId;
  const teams = ctx.loader(createTeamLoaders).byId;
  for (const person of [...related.people, ...related.managers]) people.prime(person.id, person);
  for (const team of related.teams) teams.prime(team.id, team);
  return related.people;
}

/** Per-request loaders: each batches one tick's lookups into a single query. */
export function createPeopleLoaders(ctx: RequestContext) {
  return {
    byId: new DataLoader<string, PersonRow | null>(async (ids) => {
      const rows = primeRelated(ctx, await repository.findByIdsWithRelated(ctx.db, ctx.orgId, ids));
      const byId = new Map(rows.map((p) => [p.id, p]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    reportsOf: new DataLoader<string, PersonRow[]>(async (managerIds) => {
      const rows = await repository.findActiveByManagersWithRelated(ctx.db, ctx.orgId, managerIds);
      const groups = groupBy(primeRelated(ctx, rows), (p) => p.managerId);
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
