import { QueryRunner } from 'typeorm';

/** The request's organization, as the tenant transaction sets it; '' on a reused connection. */
export const CURRENT_ORG = `nullif(current_setting('app.org_id', true), '')::uuid`;

type Privilege = 'SELECT' | 'INSERT' | 'UPDATE' | 'DELETE';

/**
 * The row-level-security block every tenant table gets (each has an `org_id` column): security
 * enabled and forced (so even the owner is filtered), one policy that shows and accepts only the
 * request's organization, and the app role's grants. A new feature's migration calls this once
 * with its tables.
 */
export function tenantTableStatements(
  tables: readonly string[],
  privileges: readonly Privilege[] = ['SELECT', 'INSERT', 'UPDATE', 'DELETE'],
): string[] {
  const statements: string[] = [];
  for (const table of tables) {
    statements.push(
      `ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`,
      `ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`,
      `CREATE POLICY tenant_isolation ON ${table} TO trellis_app
         USING (org_id = ${CURRENT_ORG}) WITH CHECK (org_id = ${CURRENT_ORG})`,
    );
  }
  if (tables.length > 0) statements.push(`GRANT ${privileges.join(', ')} ON ${tables.join(', ')} TO trellis_app`);
  return statements;
}

/** Runs `tenantTableStatements` in the migration's transaction. */
export async function secureTenantTables(
  q: QueryRunner,
  tables: readonly string[],
  privileges?: readonly Privilege[],
): Promise<void> {
  for (const statement of tenantTableStatements(tables, privileges)) await q.query(statement);
}
