import DataLoader from 'dataloader';
import { RequestContext } from '../../../context/request-context';
import { UserRow } from './users.repository';
import { UsersRepository } from './users.repository';

const repository = new UsersRepository();

export function createUserLoaders(ctx: RequestContext) {
  return {
    byId: new DataLoader<string, UserRow | null>(async (ids) => {
      const byId = new Map((await repository.findByIds(ctx.db, ctx.orgId, ids)).map((u) => [u.id, u]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    byPersonId: new DataLoader<string, UserRow | null>(async (personIds) => {
      const rows = await repository.findByPersonIds(ctx.db, ctx.orgId, personIds);
      const byPerson = new Map(rows.map((u) => [u.personId, u]));
      return personIds.map((id) => byPerson.get(id) ?? null);
    }),
  };
}
