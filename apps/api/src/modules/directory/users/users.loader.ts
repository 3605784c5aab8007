import DataLoader from 'dataloader';
import { RequestContext } from '../../graphql/request-context';
import { UserEntity } from './user.entity';
import { UsersRepository } from './users.repository';

const repository = new UsersRepository();

export function createUserLoaders(ctx: RequestContext) {
  return {
    byId: new DataLoader<string, UserEntity | null>(async (ids) => {
      const byId = new Map((await repository.findByIds(ctx.db, ctx.orgId, ids)).map((u) => [u.id, u]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    byPersonId: new DataLoader<string, UserEntity | null>(async (personIds) => {
      const rows = await repository.findByPersonIds(ctx.db, ctx.orgId, personIds);
      const byPerson = new Map(rows.map((u) => [u.personId, u]));
      return personIds.map((id) => byPerson.get(id) ?? null);
    }),
  };
}
