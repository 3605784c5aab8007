import { EntityManager, In } from 'typeorm';
import { TeamEntity } from './team.entity';

export interface TeamRow {
  id: string;
  orgId: string;
  name: string;
  leadId: string | null;
  parentId: string | null;
  version: number;
}

export type TeamChanges = Partial<Pick<TeamRow, 'name' | 'leadId' | 'parentId'>>;

export class TeamsRepository {
  private repo(db: EntityManager) {
    return db.getRepository(TeamEntity);
  }

  list(db: EntityManager, orgId: string): Promise<TeamRow[]> {
    return this.repo(db)
      .createQueryBuilder('t')
      .where('t.orgId = :orgId', { orgId })
      .orderBy('lower(t.name)')
      .getMany();
  }

  /** A team's id and the ids of every team nested below it. */
  async withSubteams(db: EntityManager, orgId: string, teamId: string): Promise<string[]> {
    const rows: { id: string }[] = await db.query(
      `WITH RECURSIVE sub AS (
         SELECT id FROM teams WHERE org_id = $1 AND id = $2
         UNION
         SELECT t.id FROM teams t JOIN sub ON t.parent_id = sub.id WHERE t.org_id = $1)
       SELECT id FROM sub`,
      [orgId, teamId],
    );
    return rows.map((r) => r.id);
  }

  findById(db: EntityManager, orgId: string, id: string): Promise<TeamRow | null> {
    return this.repo(db).findOneBy({ orgId, id });
  }

  findByIds(db: EntityManager, orgId: string, ids: readonly string[]): Promise<TeamRow[]> {
    return this.repo(db).findBy({ orgId, id: In([...ids]) });
  }

  findByParents(db: EntityManager, orgId: string, parentIds: readonly string[]): Promise<TeamRow[]> {
    return this.repo(db)
      .createQueryBuilder('t')
      .where('t.orgId = :orgId AND t.parentId = ANY(:parentIds)', { orgId, parentIds })
      .orderBy('lower(t.name)')
      .getMany();
  }

  async nameTaken(db: EntityManager, orgId: string, name: string, exceptId: string | null): Promise<boolean> {
    const rows: unknown[] = await db.query(
      `SELECT 1 FROM teams WHERE org_id = $1 AND lower(name) = lower($2) AND id IS DISTINCT FROM $3 LIMIT 1`,
      [orgId, name, exceptId],
    );
    return rows.length > 0;
  }

  /** True when `parentId` is the team itself or one of its descendants. */
  async wouldCreateCycle(db: EntityManager, orgId: string, teamId: string, parentId: string): Promise<boolean> {
    const rows: unknown[] = await db.query(
      `WITH RECURSIVE chain(id) AS (
           SELECT $3::uuid
           UNION
           SELECT t.parent_id FROM teams t JOIN chain c ON t.id = c.id WHERE t.org_id = $1 AND t.parent_id IS NOT NULL
         )
       SELECT 1 FROM chain WHERE id = $2 LIMIT 1`,
      [orgId, teamId, parentId],
    );
    return rows.length > 0;
  }

  async insert(db: EntityManager, orgId: string, values: TeamChanges): Promise<TeamRow> {
    const saved = await this.repo(db).save(this.repo(db).create({ ...values, orgId }));
    return (await this.findById(db, orgId, saved.id)) as TeamRow;
  }

  async update(db: EntityManager, orgId: string, id: string, version: number, changes: TeamChanges) {
    const result = await this.repo(db)
      .createQueryBuilder()
      .update()
      .set({ ...changes, version: () => 'version + 1' })
      .where('org_id = :orgId AND id = :id AND version = :version', { orgId, id, version })
      .execute();
    if (!result.affected) return null;
    return this.findById(db, orgId, id);
  }
}
