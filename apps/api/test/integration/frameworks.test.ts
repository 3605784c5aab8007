import {
  defaultFramework,
  type Framework as DomainFramework,
  frameworkToYaml,
  MAX_FRAMEWORK_YAML_LENGTH,
  parseFrameworkYaml,
} from '@trellis/domain';
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

const FULL = `{ framework { name description version belowExpectations { name summary }
  tracks { key name levels { key name summary retired } }
  areas { key name description retired competencies { key name description retired expectations { levelKey text } } } } }`;
const UPDATE = `mutation Update($version: Int!, $input: FrameworkInput!) {
  updateFramework(version: $version, input: $input) {
    framework { version name areas { key name retired competencies { key name retired } } }
    problems { path message }
  }
}`;

interface FullLevel {
  key: string;
  name: string;
  summary: string;
  retired: boolean;
}
interface FullCompetency {
  key: string;
  name: string;
  description: string;
  retired: boolean;
  expectations: { levelKey: string; text: string }[];
}
interface FullArea {
  key: string;
  name: string;
  description: string;
  retired: boolean;
  competencies: FullCompetency[];
}
/** The framework as the editor reads it; as the query returns it, it is also a FrameworkInput. */
interface FullFramework {
  name: string;
  description: string | null;
  belowExpectations: { name: string; summary: string };
  tracks: { key: string; name: string; levels: FullLevel[] }[];
  areas: FullArea[];
}
interface UpdateResult {
  framework: FrameworkView | null;
  problems: { path: string; message: string }[];
}

/** Every active level of every track: what an active competency must state a sentence for. */
const activeLevelKeys = (f: FullFramework) =>
  f.tracks.flatMap((t) => t.levels.filter((l) => !l.retired).map((l) => l.key));

function competencyFor(f: FullFramework, key: string, name: string): FullCompetency {
  return {
    key,
    name,
    description: `What ${name} means.`,
    retired: false,
    expectations: activeLevelKeys(f).map((levelKey) => ({ levelKey, text: `${name} at ${levelKey}.` })),
  };
}

/** Adds a level at the end of the first track, with a sentence in every active competency. */
function addLevel(f: FullFramework, key: string, name: string): void {
  f.tracks[0].levels.push({ key, name, summary: `The ${name} level.`, retired: false });
  for (const area of f.areas) {
    for (const c of area.competencies) c.expectations.push({ levelKey: key, text: `${c.name} as ${name}.` });
  }
}

function withoutKeys(f: FullFramework, levelKeys: string[], competencyKeys: string[]): FullFramework {
  const copy = structuredClone(f);
  for (const track of copy.tracks) track.levels = track.levels.filter((l) => !levelKeys.includes(l.key));
  for (const area of copy.areas) {
    area.competencies = area.competencies.filter((c) => !competencyKeys.includes(c.key));
    for (const c of area.competencies) c.expectations = c.expectations.filter((e) => !levelKeys.includes(e.levelKey));
  }
  return copy;
}

/** The same framework in the domain's form, to write it as a YAML file. */
function toDomain(f: FullFramework): DomainFramework {
  return {
    name: f.name,
    ...(f.description ? { description: f.description } : {}),
    belowExpectations: { key: 'below_expectations', ...f.belowExpectations },
    tracks: f.tracks.map((t) => ({
      key: t.key,
      name: t.name,
      levels: t.levels.map((l) => ({
        key: l.key,
        name: l.name,
        summary: l.summary,
        ...(l.retired ? { retired: true } : {}),
      })),
    })),
    areas: f.areas.map((a) => ({
      key: a.key,
      name: a.name,
      description: a.description,
      ...(a.retired ? { retired: true } : {}),
      competencies: a.competencies.map((c) => ({
        key: c.key,
        name: c.name,
        description: c.description,
        ...(c.retired ? { retired: true } : {}),
        expectations: Object.fromEntries(c.expectations.map((e) => [e.levelKey, e.text])),
      })),
    })),
  };
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

  describe('editing item by item', () => {
    let edits: TestOrganization;
    let editor: GraphQLClient;
    let reader: GraphQLClient;

    beforeAll(async () => {
      edits = await createTestOrganization(test);
      [editor, reader] = await Promise.all([signInAs(test, edits.email('admin')), signInAs(test, edits.email('sam'))]);
    });

    const full = async (client = editor) => {
      const res = ok(await client.request<{ framework: FullFramework & { version: number } }>(FULL)).framework;
      const { version, ...input } = res;
      return { version, input };
    };
    const update = (version: number, input: FullFramework, client = editor) =>
      client.request<{ updateFramework: UpdateResult }>(UPDATE, { version, input });
    const saved = async (version: number, input: FullFramework) => {
      const res = ok(await update(version, input)).updateFramework;
      expect(res.problems).toEqual([]);
      return res.framework as FrameworkView;
    };

    it('renames, reorders, retires, restores and adds areas, competencies and levels; everyone reads the change', async () => {
      const { version, input } = await full();
      const [first, second] = input.areas;
      const retiredKey = first.competencies[1].key;
      first.name = 'Craft and code';
      first.competencies[0].name = 'Code, and the business behind it';
      first.competencies[1].retired = true;
      // Reorder: the second area first, and the first two competencies swapped.
      input.areas = [second, first, ...input.areas.slice(2)];
      first.competencies.reverse();
      addLevel(input, 'distinguished_engineer', 'Distinguished Engineer');
      second.competencies.push(competencyFor(input, 'pairing', 'Pairing'));
      input.areas.push({
        key: 'community',
        name: 'Community',
        description: 'Giving back.',
        retired: false,
        competencies: [competencyFor(input, 'talks', 'Talks')],
      });

      const framework = await saved(version, input);
      expect(framework.version).toBe(version + 1);

      const after = await full(reader);
      expect(after.version).toBe(version + 1);
      expect(after.input.areas.map((a) => a.key)).toEqual(input.areas.map((a) => a.key));
      const craft = after.input.areas[1];
      expect(craft.name).toBe('Craft and code');
      expect(craft.competencies.map((c) => [c.key, c.name, c.retired])).toEqual(
        first.competencies.map((c) => [c.key, c.name, c.retired]),
      );
      expect(craft.competencies.find((c) => c.key === retiredKey)?.retired).toBe(true);
      expect(after.input.tracks[0].levels.at(-1)).toEqual({
        key: 'distinguished_engineer',
        name: 'Distinguished Engineer',
        summary: 'The Distinguished Engineer level.',
        retired: false,
      });
      expect(after.input.areas[0].competencies.at(-1)?.key).toBe('pairing');
      expect(after.input.areas.at(-1)).toMatchObject({ key: 'community', competencies: [{ key: 'talks' }] });
      // Expectations come back in level order, the new level last on its track.
      expect(craft.competencies[0].expectations.map((e) => e.levelKey)).toContain('distinguished_engineer');

      // Un-retire: the competency is back, with the sentences it had.
      const restore = structuredClone(after.input);
      restore.areas[1].competencies.find((c) => c.key === retiredKey)!.retired = false;
      const restored = await saved(after.version, restore);
      expect(restored.areas[1].competencies.find((c) => c.key === retiredKey)?.retired).toBe(false);
    });

    it('an unchanged document saves nothing: no new version, no audit event', async () => {
      const { version, input } = await full();
      const digest = await organizationDigest(test.dataSource, edits.plan.id);
      const framework = await saved(version, input);
      expect(framework.version).toBe(version);
      expect(await organizationDigest(test.dataSource, edits.plan.id)).toBe(digest);
    });

    it('returns every problem with its path and message, and writes nothing', async () => {
      const { version, input } = await full();
      const digest = await organizationDigest(test.dataSource, edits.plan.id);
      input.areas[0].competencies[0].name = '  ';
      input.areas[0].competencies[1].key = input.areas[0].competencies[0].key;
      input.areas.push({
        key: 'Not A Key',
        name: 'Bad',
        description: 'Bad key.',
        retired: false,
        competencies: [competencyFor(input, 'fine_one', 'Fine')],
      });
      const missing = input.areas[1].competencies[0].expectations.shift()!;
      input.areas[1].competencies[1].expectations.push({ ...input.areas[1].competencies[1].expectations[0] });

      const res = ok(await update(version, input)).updateFramework;
      expect(res.framework).toBeNull();
      expect(res.problems).toEqual(
        expect.arrayContaining([
          { path: 'areas[0].competencies[0].name', message: expect.stringMatching(/empty/) },
          { path: 'areas[0].competencies[1].key', message: expect.stringMatching(/duplicate competency key/) },
          {
            path: `areas[${input.areas.length - 1}].key`,
            message: expect.stringMatching(/not a valid key.*not_a_key/),
          },
          {
            path: 'areas[1].competencies[0].expectations',
            message: expect.stringContaining(`no expectation for level "${missing.levelKey}"`),
          },
          {
            path: `areas[1].competencies[1].expectations.${input.areas[1].competencies[1].expectations[0].levelKey}`,
            message: expect.stringMatching(/two expectations/),
          },
        ]),
      );
      expect(await organizationDigest(test.dataSource, edits.plan.id)).toBe(digest);
    });

    it('a stale version is a conflict, and nothing changes', async () => {
      const { version, input } = await full();
      const digest = await organizationDigest(test.dataSource, edits.plan.id);
      input.name = 'Stale rename';
      const res = await update(version - 1, input);
      expectError(res, 'CONFLICT');
      expect(res.errors[0].message).toMatch(/changed by someone else/);
      expect(await organizationDigest(test.dataSource, edits.plan.id)).toBe(digest);
    });

    it('refuses oversized input as bad input naming the field, a negative version too', async () => {
      const { version, input } = await full();
      // Just over its own limit: far over, the request-wide text limit answers first (malformed-input.test.ts).
      const longName = { ...input, name: 'x'.repeat(301) };
      const res = await update(version, longName);
      expectError(res, 'BAD_USER_INPUT', 'name');
      expect(res.errors[0].message).toBe('A name holds at most 300 characters.');

      const longSentence = structuredClone(input);
      longSentence.areas[0].competencies[0].expectations[0].text = 'y'.repeat(5001);
      expectError(await update(version, longSentence), 'BAD_USER_INPUT', 'areas.0.competencies.0.expectations.0.text');

      const manyAreas = { ...input, areas: Array.from({ length: 101 }, () => input.areas[0]) };
      const many = await update(version, manyAreas);
      expectError(many, 'BAD_USER_INPUT', 'areas');
      expect(many.errors[0].message).toBe('A framework holds at most 100 areas.');

      expectError(await update(-1, input), 'BAD_USER_INPUT', 'version');
    });

    it('a member or a manager cannot edit', async () => {
      const { version, input } = await full();
      const maya = await signInAs(test, edits.email('maya'));
      expect(errorCode(await update(version, input, reader))).toBe('FORBIDDEN');
      expect(errorCode(await update(version, input, maya))).toBe('FORBIDDEN');
    });

    describe('keys that records use are retired, never removed', () => {
      let samLevel: string;
      let samId: string;

      beforeAll(async () => {
        samId = edits.personId('Sam');
        const [row]: { level: string }[] = await test.dataSource.query(`SELECT level FROM people WHERE id = $1`, [
          samId,
        ]);
        samLevel = row.level;
        const { version, input } = await full();
        addLevel(input, 'fellow', 'Fellow');
        input.areas[0].competencies.push(competencyFor(input, 'mob_programming', 'Mob programming'));
        await saved(version, input);
        // What records would hold: Sam at the new level, rated and aiming at it, evidence for the competency.
        const orgId = edits.plan.id;
        await test.dataSource.query(`UPDATE people SET level = 'fellow' WHERE id = $1`, [samId]);
        await test.dataSource.query(
          `INSERT INTO assessments (org_id, person_id, competency_key, quarter, source, rating)
           VALUES ($1, $2, 'mob_programming', 'FY2026-Q1', 'manager', 'fellow')`,
          [orgId, samId],
        );
        await test.dataSource.query(
          `INSERT INTO goals (org_id, person_id, title, competency_keys, target_level)
           VALUES ($1, $2, 'Become a fellow', '{mob_programming}', 'fellow')`,
          [orgId, samId],
        );
        await test.dataSource.query(
          `INSERT INTO evidence (org_id, person_id, date, kind, title, competency_keys)
           VALUES ($1, $2, '2026-01-15', 'other', 'Ran a mob session', '{mob_programming,unknown_key}')`,
          [orgId, samId],
        );
      });

      const usedProblems = [
        {
          path: 'tracks[0].levels',
          message:
            'Level "fellow" (Fellow) is still used by 1 person, 1 assessment and 1 goal: retire it instead of removing it.',
        },
        {
          path: 'areas[0].competencies',
          message:
            'Competency "mob_programming" (Mob programming) is still used by 1 assessment, 1 goal and 1 piece of evidence: retire it instead of removing it.',
        },
      ];

      it('updateFramework refuses to remove them, naming each key, and writes nothing', async () => {
        const { version, input } = await full();
        const digest = await organizationDigest(test.dataSource, edits.plan.id);
        const res = ok(await update(version, withoutKeys(input, ['fellow'], ['mob_programming']))).updateFramework;
        expect(res.framework).toBeNull();
        expect(res.problems).toEqual(usedProblems);
        expect(await organizationDigest(test.dataSource, edits.plan.id)).toBe(digest);
      });

      it('importFramework refuses it too (a problem on no line of the file)', async () => {
        const { version, input } = await full();
        const yaml = frameworkToYaml(toDomain(withoutKeys(input, ['fellow'], ['mob_programming'])));
        const res = ok(
          await editor.request<{ importFramework: ImportResult }>(IMPORT, { yaml, version }),
        ).importFramework;
        expect(res.framework).toBeNull();
        expect(res.problems).toEqual(usedProblems.map((p) => ({ line: 0, ...p })));
        expect((await full()).version).toBe(version);
      });

      it('removing a whole area names its used competency and says to retire the area', async () => {
        const { version, input } = await full();
        const area = input.areas[0];
        input.areas.shift();
        const res = ok(await update(version, input)).updateFramework;
        expect(res.framework).toBeNull();
        // The demo's own growth records may use other competencies of the area too.
        expect(res.problems).toContainEqual({
          path: 'areas',
          message: `Competency "mob_programming" (Mob programming) of the removed area "${area.key}" is still used by 1 assessment, 1 goal and 1 piece of evidence: retire the area instead of removing it.`,
        });
        for (const p of res.problems) {
          expect(p).toEqual({
            path: 'areas',
            message: expect.stringMatching(/: retire the area instead of removing it\.$/),
          });
        }
      });

      it('retiring them works', async () => {
        const { version, input } = await full();
        input.tracks[0].levels.find((l) => l.key === 'fellow')!.retired = true;
        input.areas[0].competencies.find((c) => c.key === 'mob_programming')!.retired = true;
        await saved(version, input);
        const after = await full(reader);
        expect(after.input.tracks[0].levels.find((l) => l.key === 'fellow')?.retired).toBe(true);
      });

      it('a key nothing uses can be removed, by an edit or by an import', async () => {
        let { version, input } = await full();
        input.areas[0].competencies.push(competencyFor(input, 'scratch', 'Scratch'));
        await saved(version, input);
        ({ version, input } = await full());
        await saved(version, withoutKeys(input, [], ['scratch']));

        ({ version, input } = await full());
        input.areas[0].competencies.push(competencyFor(input, 'scratch_two', 'Scratch two'));
        await saved(version, input);
        ({ version, input } = await full());
        const yaml = frameworkToYaml(toDomain(withoutKeys(input, [], ['scratch_two'])));
        const res = ok(
          await editor.request<{ importFramework: ImportResult }>(IMPORT, { yaml, version }),
        ).importFramework;
        expect(res.problems).toEqual([]);
        const keys = (await full()).input.areas[0].competencies.map((c) => c.key);
        expect(keys).not.toContain('scratch');
        expect(keys).not.toContain('scratch_two');
      });

      it('once no record uses them any more, they can be removed', async () => {
        await test.dataSource.query(`DELETE FROM assessments WHERE org_id = $1`, [edits.plan.id]);
        await test.dataSource.query(`DELETE FROM goals WHERE org_id = $1`, [edits.plan.id]);
        await test.dataSource.query(`DELETE FROM evidence WHERE org_id = $1`, [edits.plan.id]);
        await test.dataSource.query(`UPDATE people SET level = $2 WHERE id = $1`, [samId, samLevel]);
        const { version, input } = await full();
        await saved(version, withoutKeys(input, ['fellow'], ['mob_programming']));
        const after = await full();
        expect(after.input.tracks[0].levels.map((l) => l.key)).not.toContain('fellow');
      });
    });

    it('records each edit in the audit log, with what changed', async () => {
      const res = ok(
        await editor.request<{
          auditLog: { action: string; actorEmail: string; targetLabel: string; detail: string | null }[];
        }>(`{ auditLog(limit: 100) { action actorEmail targetLabel detail } }`),
      );
      const updates = res.auditLog.filter((e) => e.action === 'framework_updated');
      // Every edit that saved above; not the unchanged one, nor those refused.
      expect(updates).toHaveLength(8);
      expect(updates.every((e) => e.actorEmail === edits.email('admin'))).toBe(true);
      expect(updates.map((e) => JSON.parse(e.detail ?? '{}'))).toContainEqual(
        expect.objectContaining({
          added: expect.stringContaining('level distinguished_engineer'),
          retired: expect.stringMatching(/^competency /),
          reordered: true,
        }),
      );
      expect(updates[0].targetLabel).toBe(defaultFramework().name);
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
