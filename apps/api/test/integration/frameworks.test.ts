import { defaultFramework, MAX_FRAMEWORK_YAML_LENGTH, parseFrameworkYaml } from '@trellis/domain';
import { errorCode, GraphQLClient, GraphQLResponse, ok } from '../support/graphql-client';
import { organizationDigest } from '../support/org-snapshot';
import { signInAs } from '../support/sign-in';
import { createTestOrganization, startTestApp, TestApp, TestOrganization } from '../support/test-app';

const FRAMEWORK = `{ framework { name version
  tracks { key levels { key name trackKey retired } }
  areas { key name retired competencies { key name retired expectations { levelKey text } } } } }`;
const EXPORT = `{ frameworkYaml }`;
const IMPORT = `mutation Import($yaml: String!, $version: Int!) {
  importFramework(yaml: $yaml, version: $version) {
    framework { version areas { key name competencies { key retired } } }
    problems { line path message }
  }
}`;
const COMPARE = `query Compare($from: String!, $to: String!) {
  compareLevels(from: $from, to: $to) {
    from { key name trackKey } to { key name trackKey } changedCount
    rows { areaKey areaName competencyKey competencyName fromText toText changed }
  }
}`;

interface FrameworkView {
  name: string;
  version: number;
  areas: { key: string; name: string; retired: boolean; competencies: { key: string; retired: boolean }[] }[];
}
interface ImportResult {
  framework: FrameworkView | null;
  problems: { line: number; path: string; message: string }[];
}

function expectError(res: GraphQLResponse, code: string, field?: string): void {
  expect(res.errors.map((e) => e.extensions?.code)).toEqual([code]);
  if (field) expect(res.errors[0].extensions?.field).toBe(field);
}

/** Replaces the line after `anchor` that starts with `prefix`; returns the text and the 1-based line. */
function editLine(yaml: string, anchor: string, prefix: string, replace: (line: string) => string[]) {
  const lines = yaml.split('\n');
  const start = lines.indexOf(anchor);
  expect(start).toBeGreaterThanOrEqual(0);
  const at = lines.findIndex((line, i) => i > start && line.startsWith(prefix));
  expect(at).toBeGreaterThan(start);
  lines.splice(at, 1, ...replace(lines[at]));
  return { yaml: lines.join('\n'), line: at + 1 };
}

describe('the career framework', () => {
  let test: TestApp;
  let org: TestOrganization;
  let admin: GraphQLClient;
  let sam: GraphQLClient;

  beforeAll(async () => {
    test = await startTestApp();
    org = await createTestOrganization(test);
    [admin, sam] = await Promise.all([signInAs(test, org.email('admin')), signInAs(test, org.email('sam'))]);
  });
  afterAll(() => test.close());

  const read = async (client: GraphQLClient) =>
    ok(await client.request<{ framework: FrameworkView }>(FRAMEWORK)).framework;
  const exportYaml = async () => ok(await admin.request<{ frameworkYaml: string }>(EXPORT)).frameworkYaml;

  it('a new organization reads the default framework, with its seven areas', async () => {
    const framework = await read(sam);
    expect(framework.name).toBe(defaultFramework().name);
    expect(framework.version).toBe(1);
    expect(framework.areas).toHaveLength(7);
    expect(framework.areas.map((a) => a.key)).toEqual(defaultFramework().areas.map((a) => a.key));
  });

  it('an organization without a stored framework reads the default one, at version 0, and the first import stores it', async () => {
    const bare = await createTestOrganization(test);
    await test.dataSource.query(`DELETE FROM frameworks WHERE org_id = $1`, [bare.plan.id]);
    const bareAdmin = await signInAs(test, bare.email('admin'));
    const framework = await read(bareAdmin);
    expect(framework).toMatchObject({ name: defaultFramework().name, version: 0 });
    const yaml = ok(await bareAdmin.request<{ frameworkYaml: string }>(EXPORT)).frameworkYaml;
    const res = ok(await bareAdmin.request<{ importFramework: ImportResult }>(IMPORT, { yaml, version: 0 }));
    expect(res.importFramework.framework?.version).toBe(1);
    expectError(await bareAdmin.request(IMPORT, { yaml, version: 0 }), 'CONFLICT');
  });

  describe('import and export', () => {
    it('an admin exports, edits and imports the YAML; the change reads back and round-trips', async () => {
      const before = await read(admin);
      const exported = await exportYaml();
      let edited = editLine(exported, '  - key: craft', '    name: ', () => ['    name: Craft and code']).yaml;
      edited = editLine(edited, '      - key: reading_the_source', '        name: ', (line) => [
        line,
        '        retired: true',
      ]).yaml;

      const res = ok(
        await admin.request<{ importFramework: ImportResult }>(IMPORT, { yaml: edited, version: before.version }),
      ).importFramework;
      expect(res.problems).toEqual([]);
      expect(res.framework?.version).toBe(before.version + 1);

      const after = await read(sam);
      expect(after.version).toBe(before.version + 1);
      const craft = after.areas.find((a) => a.key === 'craft');
      expect(craft?.name).toBe('Craft and code');
      // Retired, not deleted: history keeps pointing at it.
      expect(craft?.competencies.find((c) => c.key === 'reading_the_source')).toMatchObject({
        key: 'reading_the_source',
        retired: true,
      });

      const again = await exportYaml();
      const reparsed = parseFrameworkYaml(again);
      const original = parseFrameworkYaml(edited);
      expect(reparsed.ok && original.ok).toBe(true);
      if (reparsed.ok && original.ok) expect(reparsed.framework).toEqual(original.framework);
      expect(again).toBe(edited);
    });

    it('a bad file is refused with the line and the reason, and nothing changes', async () => {
      const before = await read(admin);
      const exported = await exportYaml();
      const digest = await organizationDigest(test.dataSource, org.plan.id);
      const { yaml, line } = editLine(exported, '      - key: code_and_business_logic', '          engineer: ', (l) => [
        l.replace('engineer:', 'enginer:'),
      ]);

      const res = ok(
        await admin.request<{ importFramework: ImportResult }>(IMPORT, { yaml, version: before.version }),
      ).importFramework;
      expect(res.framework).toBeNull();
      expect(res.problems.length).toBeGreaterThan(0);
      expect(res.problems).toContainEqual(
        expect.objectContaining({ line, message: expect.stringContaining('unknown level "enginer"') }),
      );
      expect(await read(admin)).toEqual(before);
      expect(await organizationDigest(test.dataSource, org.plan.id)).toBe(digest);
    });

    it('a stale version is a conflict, and nothing changes', async () => {
      const before = await read(admin);
      const yaml = await exportYaml();
      const res = await admin.request(IMPORT, { yaml, version: before.version - 1 });
      expectError(res, 'CONFLICT');
      expect(res.errors[0].message).toMatch(/changed by someone else/);
      expect(await read(admin)).toEqual(before);
    });

    it('refuses a negative version and a too-large file as bad input', async () => {
      const yaml = await exportYaml();
      expectError(await admin.request(IMPORT, { yaml, version: -1 }), 'BAD_USER_INPUT', 'version');
      const huge = `${yaml}\n#${'x'.repeat(MAX_FRAMEWORK_YAML_LENGTH)}`;
      expectError(await admin.request(IMPORT, { yaml: huge, version: 1 }), 'BAD_USER_INPUT', 'yaml');
    });

    it('records the import in the audit log', async () => {
      const res = ok(
        await admin.request<{ auditLog: { action: string; actorEmail: string; targetLabel: string }[] }>(
          `{ auditLog(limit: 100) { action actorEmail targetLabel } }`,
        ),
      );
      expect(res.auditLog).toContainEqual({
        action: 'framework_imported',
        actorEmail: org.email('admin'),
        targetLabel: defaultFramework().name,
      });
    });
  });

  describe('comparing levels', () => {
    it('shows what changes from Engineer to Senior Engineer, with both sentences', async () => {
      const { compareLevels } = ok(
        await sam.request<{
          compareLevels: {
            from: { key: string; trackKey: string };
            to: { key: string; trackKey: string };
            changedCount: number;
            rows: { competencyKey: string; fromText: string | null; toText: string | null; changed: boolean }[];
          };
        }>(COMPARE, { from: 'engineer', to: 'senior_engineer' }),
      );
      expect(compareLevels.from).toMatchObject({ key: 'engineer', trackKey: 'individual_contributor' });
      expect(compareLevels.to).toMatchObject({ key: 'senior_engineer', trackKey: 'individual_contributor' });
      expect(compareLevels.rows.length).toBeGreaterThan(0);
      expect(compareLevels.changedCount).toBe(compareLevels.rows.filter((r) => r.changed).length);
      const row = compareLevels.rows.find((r) => r.competencyKey === 'code_and_business_logic');
      expect(row).toMatchObject({ changed: true, fromText: expect.any(String), toText: expect.any(String) });
      expect(row?.fromText).not.toBe(row?.toText);
    });

    it('an unknown level is bad input naming the argument', async () => {
      expectError(await sam.request(COMPARE, { from: 'wizard', to: 'senior_engineer' }), 'BAD_USER_INPUT', 'from');
      expectError(await sam.request(COMPARE, { from: 'engineer', to: 'wizard' }), 'BAD_USER_INPUT', 'to');
    });
  });

  it('a member reads and compares, but cannot export or import', async () => {
    const before = await read(sam);
    expect(errorCode(await sam.request(EXPORT))).toBe('FORBIDDEN');
    const yaml = await exportYaml();
    expect(errorCode(await sam.request(IMPORT, { yaml, version: before.version }))).toBe('FORBIDDEN');
    expect(await read(sam)).toEqual(before);
  });
});
