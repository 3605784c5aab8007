import { defaultFramework, frameworkToYaml } from '@trellis/domain';
import {
  Account,
  AccessRow,
  MatrixContext,
  badInput,
  Check,
  detailIds,
  directoryIds,
  field,
  PAYMENTS,
  sorted,
} from './access-matrix-kit';
import { FRAMEWORK_EDIT_ROWS } from './access-matrix-framework';
import { GROWTH_ROWS } from './access-matrix-growth';
import { CALENDAR_FEED_ROWS, NOTIFICATION_ROWS, RECORD_READS_ROWS } from './access-matrix-personal';
import { HOLIDAY_CALENDAR_ROWS } from './access-matrix-calendars';
import { ONE_ON_ONE_ROWS } from './access-matrix-one-on-ones';
import { REVIEW_ROWS } from './access-matrix-reviews';
import { STAFFING_ROWS } from './access-matrix-staffing';
import { STAFFING_HISTORY_ROWS } from './access-matrix-staffing-history';
import { TALKING_POINT_ROWS } from './access-matrix-talking-points';

export * from './access-matrix-kit';

/**
 * Who may call what: every Query and Mutation field of the schema, asked by six actors. The
 * directory (people, teams) is read by everyone signed in; personal details (level, start date,
 * capacity, account) and growth records follow the reporting line.
 * access-matrix.test.ts fails when the schema has an operation that is not listed here, so a
 * new feature adds its rows (in a file of its own: access-matrix-growth.ts, ...).
 *
 * The target is Sam (a member of Payments, reporting to Maya, who reports to Dana) unless a row
 * says otherwise. Accounts of the test organization (a copy of the demo organization):
 * sam, priya (members under Maya), maya (manager of Payments), omar (manager of Platform, does
 * not reach Sam), admin (Riley Chen, admin). `otherOrg` is the admin of a second organization.
 */
// ---- checks ---------------------------------------------------------------------------------

const isOwnAccount: Check = (data, ctx) => {
  const me = field<{ email: string; person: { id: string } | null }>(data, 'me');
  expect(me.email).toBe(ctx.email);
  expect(me.person?.id).toBe(ctx.personId);
};

const isOwnOrganization: Check = (data, ctx) => {
  const home = ctx.actor === 'otherOrg' ? ctx.other : ctx.org;
  expect(field<{ id: string }>(data, 'organization').id).toBe(home.plan.id);
};

type Entry = { id: string; level: string | null; startDate: string | null; weeklyCapacityHours: number | null };

/** Personal details show for exactly the people the account reads them of, and are null for the rest. */
function expectDetailsOnlyFor(entries: Entry[], ctx: MatrixContext): void {
  const allowed = detailIds(ctx);
  for (const e of entries) {
    if (allowed.has(e.id)) expect(e.level).toEqual(expect.any(String));
    else
      expect({ level: e.level, startDate: e.startDate, weeklyCapacityHours: e.weeklyCapacityHours }).toEqual({
        level: null,
        startDate: null,
        weeklyCapacityHours: null,
      });
  }
}

/** The same people as `people`, in one page with its count. */
const wholeDirectoryPage: Check = (data, ctx) => {
  const page = field<{ totalCount: number; nodes: Entry[] }>(data, 'peoplePage');
  expect(sorted(page.nodes.map((p) => p.id))).toEqual(sorted(directoryIds(ctx)));
  expect(page.totalCount).toBe(page.nodes.length);
  expectDetailsOnlyFor(page.nodes, ctx);
};

/** Everyone of the account's own organization; details only for its reporting line. */
const wholeDirectory: Check = (data, ctx) => {
  const people = field<Entry[]>(data, 'people');
  expect(sorted(people.map((p) => p.id))).toEqual(sorted(directoryIds(ctx)));
  expectDetailsOnlyFor(people, ctx);
};

/** Every team of the organization, with every member and lead. */
const allTeamsAllMembers: Check = (data, ctx) => {
  const home = ctx.actor === 'otherOrg' ? ctx.other : ctx.org;
  const teams = field<{ id: string; memberCount: number; lead: { id: string } | null; members: Entry[] }[]>(
    data,
    'teams',
  );
  expect(sorted(teams.map((t) => t.id))).toEqual(sorted(home.plan.teams.map((t) => t.id)));
  for (const team of teams) expect(team.members).toHaveLength(team.memberCount);
  const shown = new Set(teams.flatMap((t) => [...t.members.map((m) => m.id), ...(t.lead ? [t.lead.id] : [])]));
  // Everyone has a team, so the members are the whole directory.
  expect(sorted(shown)).toEqual(sorted(directoryIds(ctx)));
  expectDetailsOnlyFor(
    teams.flatMap((t) => t.members),
    ctx,
  );
};

const paymentsTeam =
  (canEdit: boolean): Check =>
  (data, ctx) => {
    const team = field<{ lead: { id: string } | null; memberCount: number; members: Entry[]; canEdit: boolean }>(
      data,
      'team',
    );
    expect(sorted(team.members.map((m) => m.id))).toEqual(sorted(PAYMENTS.map((n) => ctx.org.personId(n))));
    expect(team.memberCount).toBe(PAYMENTS.length);
    expect(team.lead?.id).toBe(ctx.org.personId('Maya'));
    expect(team.canEdit).toBe(canEdit);
    expectDetailsOnlyFor(team.members, ctx);
  };

const profile =
  (expected: { account: string | null; canEdit: boolean; details: boolean }): Check =>
  (data, ctx) => {
    const person = field<
      Entry & { name: string; manager: { id: string } | null; user: { email: string } | null; canEdit: boolean }
    >(data, 'person');
    expect(person.name).toEqual(expect.any(String));
    expect(person.user?.email ?? null).toBe(expected.account && ctx.org.email(expected.account));
    expect(person.canEdit).toBe(expected.canEdit);
    if (expected.details) {
      expect(person.level).toEqual(expect.any(String));
      expect(person.weeklyCapacityHours).toEqual(expect.any(Number));
    } else {
      expect(person).toMatchObject({ level: null, startDate: null, weeklyCapacityHours: null, user: null });
    }
  };

const accountsOfOwnOrganization: Check = (data, ctx) => {
  const home = ctx.actor === 'otherOrg' ? ctx.other : ctx.org;
  const emails = field<{ email: string }[]>(data, 'users').map((u) => u.email);
  expect(emails.sort()).toEqual(home.plan.users.map((u) => u.email).sort());
};

const eventsOfOwnOrganization: Check = (data, ctx) => {
  const home = ctx.actor === 'otherOrg' ? ctx.other : ctx.org;
  const events = field<{ action: string; actorEmail: string | null }[]>(data, 'auditLog');
  expect(events.map((e) => e.action)).toContain('sign_in');
  for (const e of events) expect(e.actorEmail).toMatch(new RegExp(`@${home.domain.replace(/\./g, '\\.')}$`));
};

const signedInAs =
  (fallback: Account): Check =>
  async (data, ctx) => {
    const email = ctx.email ?? ctx.org.email(fallback);
    expect(field<{ email: string }>(data, 'signIn').email).toBe(email);
    const me = await ctx.client.request<{ me: { email: string } | null }>(`{ me { email } }`);
    expect(me.data?.me?.email).toBe(email);
  };

const signedOut =
  (hadSession: boolean): Check =>
  async (data, ctx) => {
    expect(data.signOut).toBe(hadSession);
    const me = await ctx.client.request<{ me: unknown }>(`{ me { id } }`);
    expect(me.data).toEqual({ me: null });
  };

/** The new person reports to the manager who added them (or to nobody, when an admin did). */
const createdUnder =
  (manager: 'self' | null): Check =>
  async (data, ctx) => {
    const created = field<{ id: string; manager: { id: string } | null }>(data, 'createPerson');
    expect(created.manager?.id ?? null).toBe(manager === 'self' ? ctx.personId : null);
    const [row]: { org_id: string }[] = await ctx.db.query(`SELECT org_id FROM people WHERE id = $1`, [created.id]);
    expect(row.org_id).toBe((ctx.actor === 'otherOrg' ? ctx.other : ctx.org).plan.id);
  };

const teamCreatedLedBy =
  (lead: 'self' | null): Check =>
  (data, ctx) => {
    const team = field<{ lead: { id: string } | null; parent: { id: string } | null }>(data, 'createTeam');
    expect(team.lead?.id ?? null).toBe(lead === 'self' ? ctx.personId : null);
    expect(team.parent?.id).toBe(ctx.org.teamId('Payments'));
  };

const samRetitled: Check = (data) => {
  expect(field(data, 'updatePerson')).toMatchObject({ title: 'Senior Software Engineer', version: 2 });
};

const paymentsRenamed: Check = (data) => {
  expect(field(data, 'updateTeam')).toMatchObject({ name: 'Payments & Billing', version: 2 });
};

const settingsChangedHereOnly: Check = async (data, ctx) => {
  const home = ctx.actor === 'otherOrg' ? ctx.other : ctx.org;
  const org = field<{ id: string; settings: { staleGoalDays: number } }>(data, 'updateOrganizationSettings');
  expect(org).toMatchObject({ id: home.plan.id, settings: { staleGoalDays: 30 } });
  if (home !== ctx.org) {
    const [row]: { days: number }[] = await ctx.db.query(
      `SELECT stale_goal_days AS days FROM organizations WHERE id = $1`,
      [ctx.org.plan.id],
    );
    expect(row.days).toBe(21);
  }
};

const defaultFrameworkRead: Check = (data) => {
  const framework = field<{ name: string; areas: unknown[] }>(data, 'framework');
  expect(framework.name).toBe(defaultFramework().name);
  expect(framework.areas).toHaveLength(defaultFramework().areas.length);
};

const engineerToSenior: Check = (data) => {
  const comparison = field<{ from: { key: string }; to: { key: string }; changedCount: number }>(data, 'compareLevels');
  expect(comparison).toMatchObject({ from: { key: 'engineer' }, to: { key: 'senior_engineer' } });
  expect(comparison.changedCount).toBeGreaterThan(0);
};

const frameworkExported: Check = (data) => {
  expect(field<string>(data, 'frameworkYaml')).toContain(`name: ${defaultFramework().name}`);
};

/** The import lands in the admin's own organization, never in the target. */
const frameworkImportedHereOnly: Check = async (data, ctx) => {
  const home = ctx.actor === 'otherOrg' ? ctx.other : ctx.org;
  const result = field<{ framework: { name: string; version: number } | null; problems: unknown[] }>(
    data,
    'importFramework',
  );
  expect(result).toEqual({ framework: { name: 'Imported ladder', version: 2 }, problems: [] });
  const rows: { org_id: string; name: string }[] = await ctx.db.query(
    `SELECT org_id, document->>'name' AS name FROM frameworks WHERE org_id = ANY($1)`,
    [[home.plan.id, ctx.org.plan.id]],
  );
  for (const row of rows) {
    expect(row.name).toBe(row.org_id === home.plan.id ? 'Imported ladder' : defaultFramework().name);
  }
};

// ---- the matrix -----------------------------------------------------------------------------

const ENTRY = `id level startDate weeklyCapacityHours`;
const PERSON = `query Person($id: ID!) { person(id: $id) { ${ENTRY} name manager { id } user { email } canEdit } }`;

const DIRECTORY_ROWS: AccessRow[] = [
  {
    operation: 'me',
    title: 'the signed-in account (member: Sam himself)',
    member: 'sam',
    document: `{ me { id email role person { id } } }`,
    expect: {
      anonymous: 'null',
      member: isOwnAccount,
      manager: isOwnAccount,
      peerManager: isOwnAccount,
      admin: isOwnAccount,
      otherOrg: isOwnAccount,
    },
  },
  {
    operation: 'organization',
    title: "the viewer's organization (member: Sam himself)",
    member: 'sam',
    document: `{ organization { id name version fiscalYearStartLocked settings { fiscalQuarterStartMonth defaultWeeklyCapacityHours } } }`,
    expect: {
      anonymous: 'UNAUTHENTICATED',
      member: isOwnOrganization,
      manager: isOwnOrganization,
      peerManager: isOwnOrganization,
      admin: isOwnOrganization,
      otherOrg: isOwnOrganization,
    },
  },
  {
    operation: 'people',
    title: 'the directory, details for the reporting line only (member: Sam himself)',
    member: 'sam',
    document: `{ people { ${ENTRY} name } }`,
    expect: {
      anonymous: 'UNAUTHENTICATED',
      member: wholeDirectory,
      manager: wholeDirectory,
      peerManager: wholeDirectory,
      admin: wholeDirectory,
      otherOrg: wholeDirectory,
    },
  },
  {
    operation: 'peoplePage',
    title: 'a page of the directory, details for the reporting line only (member: Sam himself)',
    member: 'sam',
    document: `{ peoplePage(limit: 200) { totalCount nodes { ${ENTRY} } } }`,
    expect: {
      anonymous: 'UNAUTHENTICATED',
      member: wholeDirectoryPage,
      manager: wholeDirectoryPage,
      peerManager: wholeDirectoryPage,
      admin: wholeDirectoryPage,
      otherOrg: wholeDirectoryPage,
    },
  },
  {
    operation: 'person',
    title: "Sam's profile (member: Sam himself)",
    member: 'sam',
    document: PERSON,
    variables: (ctx) => ({ id: ctx.org.personId('Sam') }),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      member: profile({ account: 'sam', canEdit: false, details: true }),
      manager: profile({ account: null, canEdit: true, details: true }),
      // The directory entry, without the details: Sam is not in Omar's reporting line.
      peerManager: profile({ account: null, canEdit: false, details: false }),
      admin: profile({ account: 'sam', canEdit: true, details: true }),
      otherOrg: 'NOT_FOUND',
    },
  },
  {
    operation: 'person',
    title: "Priya's profile (member: Sam, her peer)",
    member: 'sam',
    document: PERSON,
    variables: (ctx) => ({ id: ctx.org.personId('Priya') }),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      // A peer reads the directory entry only.
      member: profile({ account: null, canEdit: false, details: false }),
      manager: profile({ account: null, canEdit: true, details: true }),
      peerManager: profile({ account: null, canEdit: false, details: false }),
      admin: profile({ account: 'priya', canEdit: true, details: true }),
      otherOrg: 'NOT_FOUND',
    },
  },
  {
    operation: 'person',
    title: "Dana's profile, top of Sam's manager chain (member: Sam)",
    member: 'sam',
    document: PERSON,
    variables: (ctx) => ({ id: ctx.org.personId('Dana') }),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      member: profile({ account: null, canEdit: false, details: true }),
      manager: profile({ account: null, canEdit: false, details: true }),
      peerManager: profile({ account: null, canEdit: false, details: true }),
      admin: profile({ account: 'dana', canEdit: true, details: true }),
      otherOrg: 'NOT_FOUND',
    },
  },
  {
    operation: 'team',
    title: "Sam's team Payments (member: Sam himself)",
    member: 'sam',
    document: `query Team($id: ID!) { team(id: $id) { id name lead { id } memberCount members { ${ENTRY} } canEdit } }`,
    variables: (ctx) => ({ id: ctx.org.teamId('Payments') }),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      member: paymentsTeam(false),
      manager: paymentsTeam(true),
      peerManager: paymentsTeam(false),
      admin: paymentsTeam(true),
      otherOrg: 'NOT_FOUND',
    },
  },
  {
    operation: 'teams',
    title: 'every team with every member (member: Sam himself)',
    member: 'sam',
    document: `{ teams { id name lead { id } memberCount members { ${ENTRY} } } }`,
    expect: {
      anonymous: 'UNAUTHENTICATED',
      member: allTeamsAllMembers,
      manager: allTeamsAllMembers,
      peerManager: allTeamsAllMembers,
      admin: allTeamsAllMembers,
      otherOrg: allTeamsAllMembers,
    },
  },
  {
    operation: 'users',
    title: 'every account (member: Sam himself)',
    member: 'sam',
    document: `{ users { id email role active } }`,
    expect: {
      anonymous: 'UNAUTHENTICATED',
      member: 'FORBIDDEN',
      manager: 'FORBIDDEN',
      peerManager: 'FORBIDDEN',
      admin: accountsOfOwnOrganization,
      otherOrg: accountsOfOwnOrganization,
    },
  },
  {
    operation: 'auditLog',
    title: 'the audit log (member: Sam himself)',
    member: 'sam',
    document: `{ auditLog(limit: 100) { id action actorEmail targetId targetLabel } }`,
    expect: {
      anonymous: 'UNAUTHENTICATED',
      member: 'FORBIDDEN',
      manager: 'FORBIDDEN',
      peerManager: 'FORBIDDEN',
      admin: eventsOfOwnOrganization,
      otherOrg: eventsOfOwnOrganization,
    },
  },
  {
    operation: 'framework',
    title: 'the career framework (member: Sam)',
    member: 'sam',
    document: `{ framework { name version areas { key name } } }`,
    expect: {
      anonymous: 'UNAUTHENTICATED',
      member: defaultFrameworkRead,
      manager: defaultFrameworkRead,
      peerManager: defaultFrameworkRead,
      admin: defaultFrameworkRead,
      otherOrg: defaultFrameworkRead,
    },
  },
  {
    operation: 'compareLevels',
    title: 'Engineer next to Senior Engineer (member: Sam)',
    member: 'sam',
    document: `query Compare($from: String!, $to: String!) {
      compareLevels(from: $from, to: $to) { from { key } to { key } changedCount rows { competencyKey changed } } }`,
    variables: () => ({ from: 'engineer', to: 'senior_engineer' }),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      member: engineerToSenior,
      manager: engineerToSenior,
      peerManager: engineerToSenior,
      admin: engineerToSenior,
      otherOrg: engineerToSenior,
    },
  },
  {
    operation: 'frameworkYaml',
    title: 'exporting the framework as YAML (member: Sam)',
    member: 'sam',
    document: `{ frameworkYaml }`,
    expect: {
      anonymous: 'UNAUTHENTICATED',
      member: 'FORBIDDEN',
      manager: 'FORBIDDEN',
      peerManager: 'FORBIDDEN',
      admin: frameworkExported,
      otherOrg: frameworkExported,
    },
  },
  {
    operation: 'signIn',
    title: 'signing in with their own password (anonymous: as Sam; member: Sam himself)',
    member: 'sam',
    document: `mutation SignIn($input: SignInInput!) { signIn(input: $input) { id email role } }`,
    variables: (ctx) => ({ input: { email: ctx.email ?? ctx.org.email('sam'), password: 'trellis-demo' } }),
    expect: {
      anonymous: signedInAs('sam'),
      member: signedInAs('sam'),
      manager: signedInAs('sam'),
      peerManager: signedInAs('sam'),
      admin: signedInAs('sam'),
      otherOrg: signedInAs('sam'),
    },
  },
  {
    operation: 'signOut',
    title: 'signing out (member: Sam himself)',
    member: 'sam',
    document: `mutation { signOut }`,
    expect: {
      anonymous: signedOut(false),
      member: signedOut(true),
      manager: signedOut(true),
      peerManager: signedOut(true),
      admin: signedOut(true),
      otherOrg: signedOut(true),
    },
  },
  {
    operation: 'createPerson',
    title: 'adding a person without naming a manager (member: Sam)',
    member: 'sam',
    document: `mutation CreatePerson($input: CreatePersonInput!) { createPerson(input: $input) { id name manager { id } } }`,
    variables: () => ({
      input: { name: 'Noor Aziz', title: 'Software Engineer', track: 'INDIVIDUAL_CONTRIBUTOR', level: 'Engineer' },
    }),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      member: 'FORBIDDEN',
      manager: createdUnder('self'),
      peerManager: createdUnder('self'),
      admin: createdUnder(null),
      // Lands in the admin's own organization.
      otherOrg: createdUnder(null),
    },
  },
  {
    operation: 'updatePerson',
    title: "changing Sam's title (member: Sam himself)",
    member: 'sam',
    document: `mutation UpdatePerson($id: ID!, $input: UpdatePersonInput!) {
      updatePerson(id: $id, input: $input) { id title version } }`,
    variables: (ctx) => ({ id: ctx.org.personId('Sam'), input: { version: 1, title: 'Senior Software Engineer' } }),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      member: 'FORBIDDEN',
      manager: samRetitled,
      peerManager: 'FORBIDDEN',
      admin: samRetitled,
      otherOrg: 'NOT_FOUND',
    },
  },
  {
    operation: 'createTeam',
    title: 'adding a sub-team of Payments, no lead named (member: Sam)',
    member: 'sam',
    document: `mutation CreateTeam($input: CreateTeamInput!) {
      createTeam(input: $input) { id name lead { id } parent { id } } }`,
    variables: (ctx) => ({ input: { name: 'Payments Guild', parentId: ctx.org.teamId('Payments') } }),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      member: 'FORBIDDEN',
      manager: teamCreatedLedBy('self'),
      // Any manager may create a team led by themselves; the structure is shared.
      peerManager: teamCreatedLedBy('self'),
      admin: teamCreatedLedBy(null),
      // Payments does not exist in the admin's own organization.
      otherOrg: badInput('parentId'),
    },
  },
  {
    operation: 'updateTeam',
    title: 'renaming Payments, led by Maya (member: Sam)',
    member: 'sam',
    document: `mutation UpdateTeam($id: ID!, $input: UpdateTeamInput!) { updateTeam(id: $id, input: $input) { id name version } }`,
    variables: (ctx) => ({ id: ctx.org.teamId('Payments'), input: { version: 1, name: 'Payments & Billing' } }),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      member: 'FORBIDDEN',
      manager: paymentsRenamed,
      peerManager: 'FORBIDDEN',
      admin: paymentsRenamed,
      otherOrg: 'NOT_FOUND',
    },
  },
  {
    operation: 'createUser',
    title: 'giving Jonas (no account yet) an account (member: Sam)',
    member: 'sam',
    document: `mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { id email role person { id } } }`,
    variables: (ctx) => ({
      input: {
        email: ctx.org.email('jonas'),
        password: 'a-long-first-password',
        role: 'MEMBER',
        personId: ctx.org.personId('Jonas'),
      },
    }),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      member: 'FORBIDDEN',
      manager: 'FORBIDDEN',
      peerManager: 'FORBIDDEN',
      admin: (data, ctx) => {
        expect(data.createUser).toMatchObject({
          email: ctx.org.email('jonas'),
          role: 'MEMBER',
          person: { id: ctx.org.personId('Jonas') },
        });
      },
      // Jonas is not a person of the admin's own organization.
      otherOrg: badInput('personId'),
    },
  },
  {
    operation: 'changeUserRole',
    title: "making Sam's account a manager (member: Sam himself)",
    member: 'sam',
    document: `mutation ChangeRole($userId: ID!, $role: Role!) { changeUserRole(userId: $userId, role: $role) { id role } }`,
    variables: async (ctx) => ({ userId: await ctx.org.userId('sam'), role: 'MANAGER' }),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      member: 'FORBIDDEN',
      manager: 'FORBIDDEN',
      peerManager: 'FORBIDDEN',
      admin: (data) => expect(data.changeUserRole).toMatchObject({ role: 'MANAGER' }),
      otherOrg: 'NOT_FOUND',
    },
  },
  {
    operation: 'deactivateUser',
    title: "deactivating Sam's account (member: Priya, his peer)",
    member: 'priya',
    document: `mutation Deactivate($userId: ID!) { deactivateUser(userId: $userId) { id active } }`,
    variables: async (ctx) => ({ userId: await ctx.org.userId('sam') }),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      member: 'FORBIDDEN',
      manager: 'FORBIDDEN',
      peerManager: 'FORBIDDEN',
      admin: (data) => expect(data.deactivateUser).toMatchObject({ active: false }),
      otherOrg: 'NOT_FOUND',
    },
  },
  {
    operation: 'importFramework',
    title: 'importing a renamed framework (member: Sam)',
    member: 'sam',
    document: `mutation Import($yaml: String!, $version: Int!) {
      importFramework(yaml: $yaml, version: $version) { framework { name version } problems { line message } } }`,
    variables: () => ({ yaml: frameworkToYaml({ ...defaultFramework(), name: 'Imported ladder' }), version: 1 }),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      member: 'FORBIDDEN',
      manager: 'FORBIDDEN',
      peerManager: 'FORBIDDEN',
      admin: frameworkImportedHereOnly,
      otherOrg: frameworkImportedHereOnly,
    },
  },
  {
    operation: 'updateOrganizationSettings',
    title: 'goals go stale after 30 days instead of 21 (member: Sam)',
    member: 'sam',
    document: `mutation Settings($input: UpdateOrganizationSettingsInput!) {
      updateOrganizationSettings(input: $input) { id settings { staleGoalDays } } }`,
    variables: () => ({ input: { staleGoalDays: 30 } }),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      member: 'FORBIDDEN',
      manager: 'FORBIDDEN',
      peerManager: 'FORBIDDEN',
      admin: settingsChangedHereOnly,
      // Changes the admin's own organization, never the target.
      otherOrg: settingsChangedHereOnly,
    },
  },
];

export const ACCESS_MATRIX: AccessRow[] = [
  ...DIRECTORY_ROWS,
  ...FRAMEWORK_EDIT_ROWS,
  ...GROWTH_ROWS,
  ...STAFFING_ROWS,
  ...STAFFING_HISTORY_ROWS,
  ...HOLIDAY_CALENDAR_ROWS,
  ...CALENDAR_FEED_ROWS,
  ...RECORD_READS_ROWS,
  ...ONE_ON_ONE_ROWS,
  ...TALKING_POINT_ROWS,
  ...NOTIFICATION_ROWS,
  ...REVIEW_ROWS,
];
