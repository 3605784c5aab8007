import { Brackets, EntityManager, In } from 'typeorm';
import type { TeamRow } from '../teams/teams.repository';
import { TeamEntity } from '../teams/team.entity';
import { PersonRow, TrackValue } from './person-row';
import { PersonEntity } from './person.entity';

/** A person with their team and their manager, read in the same statement. */
export interface PersonWithRelated {
  person: PersonRow;
  team: TeamRow | null;
  manager: PersonRow | null;
}

/** Columns of a person under `alias`, each named `<alias>_<column>`, in the types of PersonRow. */
function personColumns(alias: string): [expression: string, name: string][] {
  return [
    ['id', 'id'],
    ['org_id', 'org_id'],
    ['name', 'name'],
    ['title', 'title'],
    ['track', 'track'],
    ['level', 'level'],
    ['team_id', 'team_id'],
    ['manager_id', 'manager_id'],
    ['start_date::text', 'start_date'],
    ['weekly_capacity_hours::float8', 'weekly_capacity_hours'],
    ['working_days', 'working_days'],
    ['active', 'active'],
    ['version', 'version'],
  ].map(([expression, name]) => [`${alias}.${expression}`, `${alias}_${name}`]);
}

function teamColumns(alias: string): [expression: string, name: string][] {
  return ['id', 'org_id', 'name', 'lead_id', 'parent_id', 'version'].map((c) => [`${alias}.${c}`, `${alias}_${c}`]);
}

/** The person (`p`), their team (`t`) and their manager (`m`): joined on the organization too. */
const RELATED_COLUMNS = [...personColumns('p'), ...teamColumns('t'), ...personColumns('m')];
const WITH_RELATED = `SELECT ${RELATED_COLUMNS.map(([e, n]) => `${e} AS ${n}`).join(', ')}
   FROM people p
   LEFT JOIN teams t ON t.org_id = p.org_id AND t.id = p.team_id
   LEFT JOIN people m ON m.org_id = p.org_id AND m.id = p.manager_id`;
const BY_IDS_WITH_RELATED = `${WITH_RELATED} WHERE p.org_id = $1 AND p.id = ANY($2)`;
const ACTIVE_BY_MANAGERS_WITH_RELATED = `${WITH_RELATED}
  WHERE p.org_id = $1 AND p.manager_id = ANY($2) AND p.active ORDER BY lower(p.name), p.id`;

type RawRow = Record<string, unknown>;

function personFrom(row: RawRow, alias: string): PersonRow | null {
  const id = row[`${alias}_id`] as string | null;
  if (id === null) return null;
  return {
    id,
    orgId: row[`${alias}_org_id`] as string,
    name: row[`${alias}_name`] as string,
    title: row[`${alias}_title`] as string,
    track: row[`${alias}_track`] as TrackValue,
    level: row[`${alias}_level`] as string,
    teamId: row[`${alias}_team_id`] as string | null,
    managerId: row[`${alias}_manager_id`] as string | null,
    startDate: row[`${alias}_start_date`] as string | null,
    weeklyCapacityHours: row[`${alias}_weekly_capacity_hours`] as number,
    workingDays: row[`${alias}_working_days`] as number[],
    active: row[`${alias}_active`] as boolean,
    version: row[`${alias}_version`] as number,
  };
}

function withRelatedFrom(row: RawRow): PersonWithRelated {
  const teamId = row.t_id as string | null;
  return {
    person: personFrom(row, 'p') as PersonRow,
    team:
      teamId === null
        ? null
        : {
            id: teamId,
            orgId: row.t_org_id as string,
            name: row.t_name as string,
            leadId: row.t_lead_id as string | null,
            parentId: row.t_parent_id as string | null,
            version: row.t_version as number,
          },
    manager: personFrom(row, 'm'),
  };
}

export interface PeopleQuery {
  /**
   * The people whose details (the level) a search may match; null means everyone. Everyone's
   * directory entry is matched; a level only where the viewer may read it.
   */
  detailIds: string[] | null;
  search?: string | null;
  teamId?: string | null;
  /** Only people in no team. */
  withoutTeam?: boolean | null;
  managerId?: string | null;
  includeInactive?: boolean | null;
  /** The level keys whose name holds a search word, for a search that also looks at levels. */
  levelsMatching?: (word: string) => string[];
}

/** A search matches when every word (at most this many) is found in some field. */
const SEARCH_WORDS = 8;

export type PersonChanges = Partial<Omit<PersonRow, 'id' | 'orgId' | 'version'>>;

/** Every query of people, always scoped by organization (row-level security checks it again). */
export class PeopleRepository {
  private repo(db: EntityManager) {
    return db.getRepository(PersonEntity);
  }

  list(db: EntityManager, orgId: string, q: PeopleQuery): Promise<PersonRow[]> {
    return this.matching(db, orgId, q).orderBy('lower(p.name)').addOrderBy('p.id').getMany();
  }

  /**
   * One page of `list` with each person's team and manager, and how many match in all: one
   * statement (the count is a window over the matches), a second only for a page past the end.
   */
  async page(
    db: EntityManager,
    orgId: string,
    q: PeopleQuery,
    offset: number,
    limit: number,
  ): Promise<{ rows: PersonWithRelated[]; total: number }> {
    const qb = this.matching(db, orgId, q)
      .leftJoin(TeamEntity, 't', 't.org_id = p.org_id AND t.id = p.team_id')
      .leftJoin(PersonEntity, 'm', 'm.org_id = p.org_id AND m.id = p.manager_id')
      .select([]);
    for (const [expression, name] of RELATED_COLUMNS) qb.addSelect(expression, name);
    const raw: RawRow[] = await qb
      .addSelect('count(*) OVER ()::int', 'total')
      .orderBy('lower(p.name)')
      .addOrderBy('p.id')
      .offset(offset)
      .limit(limit)
      .getRawMany();
    const total = raw.length ? (raw[0].total as number) : await this.matching(db, orgId, q).getCount();
    return { rows: raw.map(withRelatedFrom), total };
  }

  /**
   * The people a query matches. Every word of the search must be found in the name, title,
   * team name or manager name (all in the directory, which everyone reads), or in the level of a
   * person whose details the viewer reads: a search reveals no one else's level.
   */
  private matching(db: EntityManager, orgId: string, q: PeopleQuery) {
    const qb = this.repo(db).createQueryBuilder('p').where('p.orgId = :orgId', { orgId });
    if (!q.includeInactive) qb.andWhere('p.active');
    if (q.teamId) qb.andWhere('p.teamId = :teamId', { teamId: q.teamId });
    if (q.withoutTeam) qb.andWhere('p.teamId IS NULL');
    if (q.managerId) qb.andWhere('p.managerId = :managerId', { managerId: q.managerId });
    const words = (q.search ?? '').trim().split(/\s+/).filter(Boolean).slice(0, SEARCH_WORDS);
    words.forEach((word, i) => {
      const pattern = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      const levels = q.levelsMatching?.(word) ?? [];
      qb.andWhere(
        new Brackets((w) => {
          w.where(`p.name ILIKE :w${i}`, { [`w${i}`]: pattern })
            .orWhere(`p.title ILIKE :w${i}`)
            .orWhere(
              `EXISTS (SELECT 1 FROM teams t WHERE t.org_id = p.org_id AND t.id = p.team_id AND t.name ILIKE :w${i})`,
            )
            .orWhere(
              `EXISTS (SELECT 1 FROM people m WHERE m.org_id = p.org_id AND m.id = p.manager_id AND m.name ILIKE :w${i})`,
            );
          if (levels.length && q.detailIds === null) w.orWhere(`p.level = ANY(:l${i})`, { [`l${i}`]: levels });
          else if (levels.length) {
            w.orWhere(`(p.level = ANY(:l${i}) AND p.id = ANY(:detailIds))`, {
              [`l${i}`]: levels,
              detailIds: q.detailIds,
            });
          }
        }),
      );
    });
    return qb;
  }

  findById(db: EntityManager, orgId: string, id: string): Promise<PersonRow | null> {
    return this.repo(db).findOneBy({ orgId, id });
  }

  findByIds(db: EntityManager, orgId: string, ids: readonly string[]): Promise<PersonRow[]> {
    return this.repo(db).findBy({ orgId, id: In([...ids]) });
  }

  /** People by id, each with their team and manager (one statement). */
  async findByIdsWithRelated(db: EntityManager, orgId: string, ids: readonly string[]): Promise<PersonWithRelated[]> {
    const rows: RawRow[] = await db.query(BY_IDS_WITH_RELATED, [orgId, ids]);
    return rows.map(withRelatedFrom);
  }

  /** The active direct reports of each manager, sorted by name, with their teams and managers. */
  async findActiveByManagersWithRelated(
    db: EntityManager,
    orgId: string,
    managerIds: readonly string[],
  ): Promise<PersonWithRelated[]> {
    const rows: RawRow[] = await db.query(ACTIVE_BY_MANAGERS_WITH_RELATED, [orgId, managerIds]);
    return rows.map(withRelatedFrom);
  }

  findActiveByTeams(db: EntityManager, orgId: string, teamIds: readonly string[]): Promise<PersonRow[]> {
    return this.repo(db)
      .createQueryBuilder('p')
      .where('p.orgId = :orgId AND p.teamId = ANY(:teamIds) AND p.active', { orgId, teamIds })
      .orderBy('lower(p.name)')
      .getMany();
  }

  async countActiveByTeams(db: EntityManager, orgId: string, teamIds: readonly string[]): Promise<Map<string, number>> {
    const rows: { team_id: string; n: number }[] = await db.query(
      `SELECT team_id, count(*)::int AS n FROM people
        WHERE org_id = $1 AND team_id = ANY($2) AND active GROUP BY team_id`,
      [orgId, teamIds],
    );
    return new Map(rows.map((r) => [r.team_id, r.n]));
  }

  /** True when `managerId` is `personId` or reports to them: the change would make a loop. */
  async wouldCreateCycle(db: EntityManager, orgId: string, personId: string, managerId: string): Promise<boolean> {
    const rows: unknown[] = await db.query(
      `WITH RECURSIVE chain(id) AS (
           SELECT $3::uuid
           UNION
           SELECT p.manager_id FROM people p JOIN chain c ON p.id = c.id
            WHERE p.org_id = $1 AND p.manager_id IS NOT NULL
         )
       SELECT 1 FROM chain WHERE id = $2 LIMIT 1`,
      [orgId, personId, managerId],
    );
    return rows.length > 0;
  }

  async insert(db: EntityManager, orgId: string, values: PersonChanges): Promise<PersonRow> {
    const saved = await this.repo(db).save(this.repo(db).create({ ...values, orgId }));
    return (await this.findById(db, orgId, saved.id)) as PersonRow;
  }

  /** Optimistic concurrency: the update applies only to the version the client saw. */
  async update(
    db: EntityManager,
    orgId: string,
    id: string,
    version: number,
    changes: PersonChanges,
  ): Promise<PersonRow | null> {
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
