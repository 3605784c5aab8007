import { Brackets, EntityManager } from 'typeorm';
import type { TeamRow } from '../teams/teams.repository';
import { PersonRow, TrackValue } from './person-row';
import { PersonEntity } from './person.entity';

/**
 * People with the teams they are in and their managers: each team and manager once, whatever
 * the number of people who share them.
 */
export interface PeopleWithRelated {
  people: PersonRow[];
  teams: TeamRow[];
  managers: PersonRow[];
}

// Lists of people with their teams and managers, as JSON: the driver parses one value per list
// instead of a value per column of every row (for 500 people, 16,500 values), and a manager or
// team shared by many people is sent once. A person's columns, in the order of `PersonJson`:
const PERSON_COLUMNS = [
  'id',
  'org_id',
  'name',
  'title',
  'track',
  'level',
  'team_id',
  'manager_id',
  'start_date',
  'weekly_capacity_hours',
  'working_days',
  'active',
  'version',
];
const PERSON_JSON = `json_build_array(${PERSON_COLUMNS.map((c) => `x.${c}`).join(', ')})`;
const TEAM_JSON = `json_build_array(x.id, x.org_id, x.name, x.lead_id, x.parent_id, x.version)`;

/**
 * `found`: a statement of the people asked for (PERSON_COLUMNS and `ord`, their order; `total` if
 * it counts its matches). Then the teams and managers of those people, each once.
 */
function relatedJson(found: string): string {
  return `WITH found AS (${found})
    SELECT
      (SELECT coalesce(json_agg(${PERSON_JSON} ORDER BY x.ord), '[]') FROM found x) AS people,
      (SELECT coalesce(json_agg(${TEAM_JSON}), '[]') FROM teams x
        WHERE (x.org_id, x.id) IN (SELECT org_id, team_id FROM found)) AS teams,
      (SELECT coalesce(json_agg(${PERSON_JSON}), '[]') FROM people x
        WHERE (x.org_id, x.id) IN (SELECT org_id, manager_id FROM found)
          AND x.id NOT IN (SELECT id FROM found)) AS managers`;
}

const PERSON_FIELDS = PERSON_COLUMNS.map((c) => `p.${c}`).join(', ');
const BY_IDS_WITH_RELATED = relatedJson(
  `SELECT ${PERSON_FIELDS}, 0 AS ord FROM people p WHERE p.org_id = $1 AND p.id = ANY($2)`,
);
const ACTIVE_BY_MANAGERS_WITH_RELATED = relatedJson(
  `SELECT ${PERSON_FIELDS}, row_number() OVER (ORDER BY lower(p.name), p.id) AS ord
     FROM people p WHERE p.org_id = $1 AND p.manager_id = ANY($2) AND p.active`,
);

type PersonJson = [
  string,
  string,
  string,
  string,
  TrackValue,
  string,
  string | null,
  string | null,
  string | null,
  number | string,
  number[],
  boolean,
  number,
];

function personFromJson(j: PersonJson): PersonRow {
  return {
    id: j[0],
    orgId: j[1],
    name: j[2],
    title: j[3],
    track: j[4],
    level: j[5],
    teamId: j[6],
    managerId: j[7],
    startDate: j[8],
    weeklyCapacityHours: Number(j[9]),
    workingDays: j[10],
    active: j[11],
    version: j[12],
  };
}

function relatedFromJson(row: { people: PersonJson[]; teams: unknown[][]; managers: PersonJson[] }): PeopleWithRelated {
  return {
    people: row.people.map(personFromJson),
    teams: row.teams.map(([id, orgId, name, leadId, parentId, version]) => ({
      id: id as string,
      orgId: orgId as string,
      name: name as string,
      leadId: leadId as string | null,
      parentId: parentId as string | null,
      version: version as number,
    })),
    managers: row.managers.map(personFromJson),
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
  ): Promise<{ related: PeopleWithRelated; total: number }> {
    const qb = this.matching(db, orgId, q).select([]);
    for (const column of PERSON_COLUMNS) qb.addSelect(`p.${column}`, column);
    const [found, parameters] = qb
      .addSelect('count(*) OVER ()::int', 'total')
      .addSelect('row_number() OVER (ORDER BY lower(p.name), p.id)', 'ord')
      .orderBy('lower(p.name)')
      .addOrderBy('p.id')
      .offset(offset)
      .limit(limit)
      .getQueryAndParameters();
    const [row] = await db.query(`${relatedJson(found)}, (SELECT max(total) FROM found) AS total`, parameters);
    // No one on the page: the count too is none, unless the page is past the end.
    const total = row.total ?? (offset === 0 ? 0 : await this.matching(db, orgId, q).getCount());
    return { related: relatedFromJson(row), total };
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

  /** People by id, with their teams and managers (one statement). */
  async findByIdsWithRelated(db: EntityManager, orgId: string, ids: readonly string[]): Promise<PeopleWithRelated> {
    const [row] = await db.query(BY_IDS_WITH_RELATED, [orgId, ids]);
    return relatedFromJson(row);
  }

  /** The active direct reports of each manager, sorted by name, with their teams and managers. */
  async findActiveByManagersWithRelated(
    db: EntityManager,
    orgId: string,
    managerIds: readonly string[],
  ): Promise<PeopleWithRelated> {
    const [row] = await db.query(ACTIVE_BY_MANAGERS_WITH_RELATED, [orgId, managerIds]);
    return relatedFromJson(row);
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
