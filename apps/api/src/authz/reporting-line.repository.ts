import { EntityManager } from 'typeorm';
import { ReportingLine } from './policy';

/** One recursive query: everyone below a person, and their manager chain above. */
export async function loadReportingLine(db: EntityManager, orgId: string, personId: string): Promise<ReportingLine> {
  const rows: { side: 'below' | 'above'; id: string }[] = await db.query(
    `WITH RECURSIVE below(id) AS (
         SELECT id FROM people WHERE org_id = $1 AND manager_id = $2
         UNION
         SELECT p.id FROM people p JOIN below b ON p.manager_id = b.id WHERE p.org_id = $1
       ),
       above(id) AS (
         SELECT manager_id FROM people WHERE org_id = $1 AND id = $2 AND manager_id IS NOT NULL
         UNION
         SELECT p.manager_id FROM people p JOIN above a ON p.id = a.id
          WHERE p.org_id = $1 AND p.manager_id IS NOT NULL
       )
     SELECT 'below' AS side, id FROM below WHERE id <> $2
     UNION ALL
     SELECT 'above' AS side, id FROM above WHERE id <> $2`,
    [orgId, personId],
  );
  const below = new Set<string>();
  const above = new Set<string>();
  for (const row of rows) (row.side === 'below' ? below : above).add(row.id);
  return { below, above };
}
