import { EntityManager } from 'typeorm';
import { ReportingLine } from './policy';

/**
 * One recursive query: everyone below a person, and their manager chain above. Each step looks
 * up the reports of the people found so far through people(org_id, manager_id) (a lateral
 * lookup per person, never a scan of the organization per level: `OFFSET 0` keeps the planner
 * from flattening the lookup into a hash join over every person), and the chain above by key.
 */
export async function loadReportingLine(db: EntityManager, orgId: string, personId: string): Promise<ReportingLine> {
  // One row of two comma-joined lists: a director of 5,000 would otherwise be 5,000 rows for the
  // driver to parse on every request.
  const [row]: { below: string | null; above: string | null }[] = await db.query(
    `WITH RECURSIVE below(id) AS (
         SELECT id FROM people WHERE org_id = $1 AND manager_id = $2
         UNION
         SELECT r.id FROM below b
           CROSS JOIN LATERAL (SELECT p.id FROM people p WHERE p.org_id = $1 AND p.manager_id = b.id OFFSET 0) r
       ),
       above(id) AS (
         SELECT manager_id FROM people WHERE org_id = $1 AND id = $2 AND manager_id IS NOT NULL
         UNION
         SELECT m.manager_id FROM above a
           CROSS JOIN LATERAL (SELECT p.manager_id FROM people p WHERE p.org_id = $1 AND p.id = a.id OFFSET 0) m
          WHERE m.manager_id IS NOT NULL
       )
     SELECT (SELECT string_agg(id::text, ',') FROM below WHERE id <> $2) AS below,
            (SELECT string_agg(id::text, ',') FROM above WHERE id <> $2) AS above`,
    [orgId, personId],
  );
  const ids = (list: string | null | undefined) => new Set(list ? list.split(',') : []);
  return { below: ids(row?.below), above: ids(row?.above) };
}
