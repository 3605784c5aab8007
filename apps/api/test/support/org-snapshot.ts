import { DataSource } from 'typeorm';

// The test connection is the database owner: these helpers read past row-level security.

/** Every id that belongs to an organization: the organization itself and its rows. */
export async function organizationIds(db: DataSource, orgId: string): Promise<Set<string>> {
  const rows: { id: string }[] = await db.query(
    `SELECT id::text FROM organizations WHERE id = $1
     UNION ALL SELECT id::text FROM people WHERE org_id = $1
     UNION ALL SELECT id::text FROM teams WHERE org_id = $1
     UNION ALL SELECT id::text FROM users WHERE org_id = $1
     UNION ALL SELECT id::text FROM audit_events WHERE org_id = $1`,
    [orgId],
  );
  return new Set(rows.map((r) => r.id));
}

/** The ids of `ids` that appear anywhere in `value` (serialized), for "nothing leaked" checks. */
export function idsFoundIn(value: unknown, ids: Set<string>): string[] {
  const text = JSON.stringify(value).toLowerCase();
  return [...ids].filter((id) => text.includes(id.toLowerCase()));
}

/**
 * A digest of what an organization holds (people, teams, accounts, settings, sessions, the
 * framework, audit events): equal digests before and after a refused request mean it wrote nothing.
 */
export async function organizationDigest(db: DataSource, orgId: string): Promise<string> {
  const [row]: { digest: string }[] = await db.query(
    `SELECT md5(concat_ws('#',
       (SELECT string_agg(o::text, '|') FROM organizations o WHERE id = $1),
       (SELECT string_agg(p::text, '|' ORDER BY p.id) FROM people p WHERE org_id = $1),
       (SELECT string_agg(t::text, '|' ORDER BY t.id) FROM teams t WHERE org_id = $1),
       (SELECT string_agg(concat_ws(',', u.id, u.email, u.role, u.active, u.person_id, u.version), '|' ORDER BY u.id)
          FROM users u WHERE org_id = $1),
       (SELECT count(*) FROM sessions WHERE org_id = $1),
       (SELECT concat_ws(',', f.version, md5(f.document::text)) FROM frameworks f WHERE org_id = $1),
       (SELECT count(*) FROM audit_events WHERE org_id = $1)
     )) AS digest`,
    [orgId],
  );
  return row.digest;
}
