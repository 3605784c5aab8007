import { RoleValue } from '../../../authz/viewer';
import { EntityManager, In } from 'typeorm';
import { UserEntity } from './user.entity';

export interface UserRow {
  id: string;
  orgId: string;
  email: string;
  role: RoleValue;
  active: boolean;
  personId: string | null;
  lastSignInAt: Date | null;
  version: number;
  createdAt: Date;
}

export class UsersRepository {
  private repo(db: EntityManager) {
    return db.getRepository(UserEntity);
  }

  list(db: EntityManager, orgId: string): Promise<UserRow[]> {
    return this.repo(db).createQueryBuilder('u').where('u.orgId = :orgId', { orgId }).orderBy('u.email').getMany();
  }

  findById(db: EntityManager, orgId: string, id: string): Promise<UserRow | null> {
    return this.repo(db).findOneBy({ orgId, id });
  }

  findByEmail(db: EntityManager, orgId: string, email: string): Promise<UserRow | null> {
    return this.repo(db).findOneBy({ orgId, email });
  }

  findByIds(db: EntityManager, orgId: string, ids: readonly string[]): Promise<UserRow[]> {
    return this.repo(db).findBy({ orgId, id: In([...ids]) });
  }

  findByPersonIds(db: EntityManager, orgId: string, personIds: readonly string[]): Promise<UserRow[]> {
    return this.repo(db).findBy({ orgId, personId: In([...personIds]) });
  }

  async countActiveAdmins(db: EntityManager, orgId: string): Promise<number> {
    return this.repo(db).countBy({ orgId, role: 'admin', active: true });
  }

  async insert(
    db: EntityManager,
    orgId: string,
    values: { email: string; passwordHash: string; role: RoleValue; personId: string | null },
  ): Promise<UserRow> {
    const saved = await this.repo(db).save(this.repo(db).create({ ...values, orgId, active: true }));
    return (await this.findById(db, orgId, saved.id)) as UserRow;
  }

  async update(db: EntityManager, orgId: string, id: string, changes: Partial<Pick<UserRow, 'role' | 'active'>>) {
    await this.repo(db)
      .createQueryBuilder()
      .update()
      .set({ ...changes, version: () => 'version + 1' })
      .where('org_id = :orgId AND id = :id', { orgId, id })
      .execute();
    return this.findById(db, orgId, id);
  }
}
