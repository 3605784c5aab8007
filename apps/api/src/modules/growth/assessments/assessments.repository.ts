import { EntityManager } from 'typeorm';

export interface AssessmentRow {
  id: string;
  personId: string;
  competencyKey: string;
  quarter: string;
  source: 'self' | 'manager';
  rating: string;
  comment: string;
  authorName: string | null;
  updatedAt: Date;
  version: number;
}

/** A rating without its comment and dates: what the heatmap and readiness read, many at a time. */
export interface RatingFact {
  personId: string;
  competencyKey: string;
  quarter: string;
  source: 'self' | 'manager';
  rating: string;
}

export interface RatingWrite {
  competencyKey: string;
  rating: string;
  comment: string;
  version: number | null;
}

const COLUMNS = `id, person_id AS "personId", competency_key AS "competencyKey", quarter, source, rating, comment,
  author_name AS "authorName", updated_at AS "updatedAt", version`;

/** Every query of assessments and their releases, scoped by organization. */
export class AssessmentsRepository {
  /** The ratings of some people in the quarters given. */
  forPeople(
    db: EntityManager,
    orgId: string,
    personIds: readonly string[],
    quarters: string[],
  ): Promise<AssessmentRow[]> {
    return db.query(
      `SELECT ${COLUMNS} FROM assessments
       WHERE org_id = $1 AND person_id = ANY($2::uuid[]) AND quarter = ANY($3::text[])
       ORDER BY quarter, competency_key, source`,
      [orgId, personIds, quarters],
    );
  }

  /** Manager ratings of some people up to a quarter (for readiness: the latest of each). */
  managerRatingsUpTo(
    db: EntityManager,
    orgId: string,
    personIds: readonly string[],
    quarter: string,
  ): Promise<AssessmentRow[]> {
    return db.query(
      `SELECT ${COLUMNS} FROM assessments
       WHERE org_id = $1 AND person_id = ANY($2::uuid[]) AND source = 'manager' AND quarter <= $3
       ORDER BY quarter`,
      [orgId, personIds, quarter],
    );
  }

  /** One quarter's ratings of many people, lean (no comments or dates to parse). */
  /**
   * How many of `competencyKeys` each person has rated in `quarter`, per source: one row per
   * person and source, counted by the database (a director's Home at 5000 people would
   * otherwise read every one of the quarter's ~170,000 ratings).
   */
  ratedCounts(
    db: EntityManager,
    orgId: string,
    personIds: readonly string[],
    quarter: string,
    competencyKeys: readonly string[],
  ): Promise<{ personId: string; source: 'self' | 'manager'; rated: number }[]> {
    return db.query(
      `SELECT person_id AS "personId", source, count(*)::int AS rated FROM assessments
       WHERE org_id = $1 AND person_id = ANY($2::uuid[]) AND quarter = $3 AND competency_key = ANY($4::text[])
       GROUP BY person_id, source`,
      [orgId, personIds, quarter, competencyKeys],
    );
  }

  ratingsOfQuarter(
    db: EntityManager,
    orgId: string,
    personIds: readonly string[],
    quarter: string,
  ): Promise<RatingFact[]> {
    return db.query(
      `SELECT person_id AS "personId", competency_key AS "competencyKey", quarter, source, rating FROM assessments
       WHERE org_id = $1 AND person_id = ANY($2::uuid[]) AND quarter = $3`,
      [orgId, personIds, quarter],
    );
  }

  /** The latest manager rating of each person and competency up to a quarter (for readiness). */
  latestManagerRatings(
    db: EntityManager,
    orgId: string,
    personIds: readonly string[],
    quarter: string,
  ): Promise<RatingFact[]> {
    return db.query(
      `SELECT DISTINCT ON (person_id, competency_key)
         person_id AS "personId", competency_key AS "competencyKey", quarter, source, rating
       FROM assessments
       WHERE org_id = $1 AND person_id = ANY($2::uuid[]) AND source = 'manager' AND quarter <= $3
       ORDER BY person_id, competency_key, quarter DESC`,
      [orgId, personIds, quarter],
    );
  }

  /** The quarters a person has ratings in, and from which sources. */
  quartersOf(db: EntityManager, orgId: string, personId: string): Promise<{ quarter: string; source: string }[]> {
    return db.query(
      `SELECT DISTINCT quarter, source FROM assessments WHERE org_id = $1 AND person_id = $2 ORDER BY quarter DESC`,
      [orgId, personId],
    );
  }

  async quartersOfMany(db: EntityManager, orgId: string, personIds: readonly string[]): Promise<string[]> {
    const rows: { quarter: string }[] = await db.query(
      `SELECT DISTINCT quarter FROM assessments WHERE org_id = $1 AND person_id = ANY($2::uuid[]) ORDER BY quarter DESC`,
      [orgId, personIds],
    );
    return rows.map((r) => r.quarter);
  }

  /**
   * Writes one source's ratings of a person for a quarter. A rating with a version updates that
   * version only; one without inserts and must not exist yet. Returns the competency keys whose
   * write found someone else's change (nothing is written then: the caller rolls back).
   */
  async save(
    db: EntityManager,
    orgId: string,
    target: { personId: string; quarter: string; source: 'self' | 'manager' },
    author: { userId: string; name: string | null },
    ratings: RatingWrite[],
  ): Promise<string[]> {
    const stale: string[] = [];
    for (const r of ratings) {
      const rows: unknown[] =
        r.version === null
          ? await db.query(
              `INSERT INTO assessments (org_id, person_id, competency_key, quarter, source, rating, comment, author_user_id, author_name)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
               ON CONFLICT (org_id, person_id, competency_key, quarter, source) DO NOTHING
               RETURNING id`,
              [
                orgId,
                target.personId,
                r.competencyKey,
                target.quarter,
                target.source,
                r.rating,
                r.comment,
                author.userId,
                author.name,
              ],
            )
          : ((
              await db.query(
                `UPDATE assessments SET rating = $7, comment = $8, author_user_id = $9, author_name = $10,
                   version = version + 1, updated_at = now()
                 WHERE org_id = $1 AND person_id = $2 AND competency_key = $3 AND quarter = $4 AND source = $5 AND version = $6
                 RETURNING id`,
                [
                  orgId,
                  target.personId,
                  r.competencyKey,
                  target.quarter,
                  target.source,
                  r.version,
                  r.rating,
                  r.comment,
                  author.userId,
                  author.name,
                ],
              )
            )[0] as unknown[]);
      if (rows.length === 0) stale.push(r.competencyKey);
    }
    return stale;
  }

  /** The quarters whose manager ratings are shared, per person. */
  async releases(
    db: EntityManager,
    orgId: string,
    personIds: readonly string[],
  ): Promise<{ personId: string; quarter: string; sharedAt: Date }[]> {
    return db.query(
      `SELECT person_id AS "personId", quarter, shared_at AS "sharedAt" FROM assessment_releases
       WHERE org_id = $1 AND person_id = ANY($2::uuid[])`,
      [orgId, personIds],
    );
  }

  async setRelease(
    db: EntityManager,
    orgId: string,
    personId: string,
    quarter: string,
    shared: boolean,
    userId: string,
  ): Promise<Date | null> {
    if (!shared) {
      await db.query(`DELETE FROM assessment_releases WHERE org_id = $1 AND person_id = $2 AND quarter = $3`, [
        orgId,
        personId,
        quarter,
      ]);
      return null;
    }
    const rows: { sharedAt: Date }[] = await db.query(
      `INSERT INTO assessment_releases (org_id, person_id, quarter, shared_by_user_id) VALUES ($1, $2, $3, $4)
       ON CONFLICT (org_id, person_id, quarter) DO UPDATE SET shared_at = assessment_releases.shared_at
       RETURNING shared_at AS "sharedAt"`,
      [orgId, personId, quarter, userId],
    );
    return rows[0].sharedAt;
  }
}
