import { defaultFramework, type Framework } from '@trellis/domain';
import { AccessRow, Check, field, MatrixContext } from './access-matrix-kit';

/*
 * Rows for editing the career framework item by item. See access-matrix.ts for how the matrix
 * is read.
 */

const EDITED_AREA = 'Edited area';

const homeOf = (ctx: MatrixContext) => (ctx.actor === 'otherOrg' ? ctx.other : ctx.org);

/** The stored framework of an organization, read past row-level security (the default while none). */
async function storedFramework(ctx: MatrixContext, orgId: string): Promise<{ document: Framework; version: number }> {
  const rows: { document: Framework; version: number }[] = await ctx.db.query(
    `SELECT document, version FROM frameworks WHERE org_id = $1`,
    [orgId],
  );
  return rows[0] ?? { document: defaultFramework(), version: 0 };
}

/** The input the editor sends: the whole framework, its first area renamed. */
function renamedFirstArea(f: Framework) {
  return {
    name: f.name,
    description: f.description ?? null,
    belowExpectations: { name: f.belowExpectations.name, summary: f.belowExpectations.summary },
    tracks: f.tracks.map((t) => ({
      key: t.key,
      name: t.name,
      levels: t.levels.map((l) => ({ key: l.key, name: l.name, summary: l.summary, retired: l.retired === true })),
    })),
    areas: f.areas.map((a, i) => ({
      key: a.key,
      name: i === 0 ? EDITED_AREA : a.name,
      description: a.description,
      retired: a.retired === true,
      competencies: a.competencies.map((c) => ({
        key: c.key,
        name: c.name,
        description: c.description,
        retired: c.retired === true,
        expectations: Object.entries(c.expectations).map(([levelKey, text]) => ({ levelKey, text })),
      })),
    })),
  };
}

/** The edit lands in the admin's own organization (saved and audited there), never in the target. */
const frameworkEditedHereOnly: Check = async (data, ctx) => {
  const home = homeOf(ctx);
  const result = field<{ framework: { version: number; areas: { name: string }[] } | null; problems: unknown[] }>(
    data,
    'updateFramework',
  );
  expect(result.problems).toEqual([]);
  expect(result.framework?.areas[0].name).toBe(EDITED_AREA);
  const stored = await storedFramework(ctx, home.plan.id);
  expect(stored.version).toBe(result.framework?.version);
  expect(stored.document.areas[0].name).toBe(EDITED_AREA);
  const audited = async (orgId: string) =>
    (
      (await ctx.db.query(
        `SELECT count(*)::int AS n FROM audit_events WHERE org_id = $1 AND action = 'framework_updated'`,
        [orgId],
      )) as { n: number }[]
    )[0].n;
  expect(await audited(home.plan.id)).toBeGreaterThan(0);
  if (home !== ctx.org) {
    expect((await storedFramework(ctx, ctx.org.plan.id)).document.areas[0].name).toBe(defaultFramework().areas[0].name);
    expect(await audited(ctx.org.plan.id)).toBe(0);
  }
};

export const FRAMEWORK_EDIT_ROWS: AccessRow[] = [
  {
    operation: 'updateFramework',
    title: 'renaming the first area of the framework (member: Sam)',
    member: 'sam',
    document: `mutation Update($version: Int!, $input: FrameworkInput!) {
      updateFramework(version: $version, input: $input) { framework { version areas { name } } problems { path message } } }`,
    variables: async (ctx) => {
      const { document, version } = await storedFramework(ctx, homeOf(ctx).plan.id);
      return { version, input: renamedFirstArea(document) };
    },
    expect: {
      anonymous: 'UNAUTHENTICATED',
      member: 'FORBIDDEN',
      manager: 'FORBIDDEN',
      peerManager: 'FORBIDDEN',
      admin: frameworkEditedHereOnly,
      otherOrg: frameworkEditedHereOnly,
    },
  },
];
