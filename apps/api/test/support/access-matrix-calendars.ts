import { AccessRow, badInput, Check, field, homeOf, MatrixContext } from './access-matrix-kit';

/*
 * Holiday calendars are the organization's: everyone signed in reads them and their holidays;
 * only admins create, rename and delete them, and add, remove or import holidays.
 */

const YEAR = Number(new Date().toISOString().slice(0, 4));
const ADMINS_ONLY = {
  anonymous: 'UNAUTHENTICATED',
  member: 'FORBIDDEN',
  manager: 'FORBIDDEN',
  peerManager: 'FORBIDDEN',
  otherOrg: 'NOT_FOUND',
} as const;

async function berlin(ctx: MatrixContext): Promise<{ id: string; version: number }> {
  const rows: { id: string; version: number }[] = await ctx.db.query(
    `SELECT id, version FROM holiday_calendars WHERE org_id = $1 AND name = 'Berlin office'`,
    [ctx.org.plan.id],
  );
  if (!rows[0]) throw new Error('No Berlin office calendar in the demo');
  return rows[0];
}

const holidaysOf = (ctx: MatrixContext, calendarId: string): Promise<{ date: string; name: string }[]> =>
  ctx.db.query(`SELECT to_char(date, 'YYYY-MM-DD') AS date, name FROM holidays WHERE calendar_id = $1 ORDER BY date`, [
    calendarId,
  ]);

const berlinHolidays: Check = (data) => {
  const holidays = field<{ date: string; name: string }[]>(data, 'holidays');
  expect(holidays.map((h) => h.name)).toEqual([
    'New Year’s Day',
    'Labour Day',
    'Day of German Unity',
    'Christmas Day',
    'Boxing Day',
  ]);
  expect(holidays.every((h) => h.date.startsWith(`${YEAR}-`))).toBe(true);
};

const created: Check = async (data, ctx) => {
  const calendar = field<{ id: string; name: string }>(data, 'createHolidayCalendar');
  expect(calendar.name).toBe('Lisbon office');
  // In the acting admin's own organization.
  const rows: { orgId: string }[] = await ctx.db.query(
    `SELECT org_id AS "orgId" FROM holiday_calendars WHERE id = $1`,
    [calendar.id],
  );
  expect(rows).toEqual([{ orgId: homeOf(ctx).plan.id }]);
};
const renamed: Check = (data) =>
  expect(field<{ name: string }>(data, 'renameHolidayCalendar').name).toBe('Berlin and Hamburg');
const deleted: Check = async (data, ctx) => {
  const rows: unknown[] = await ctx.db.query(`SELECT 1 FROM holiday_calendars WHERE id = $1`, [
    field<string>(data, 'deleteHolidayCalendar'),
  ]);
  expect(rows).toEqual([]);
};
const added: Check = async (data, ctx) => {
  const calendar = field<{ id: string }>(data, 'addHoliday');
  expect(await holidaysOf(ctx, calendar.id)).toContainEqual({ date: `${YEAR}-08-15`, name: 'Assumption Day' });
};
const removed: Check = async (data, ctx) => {
  const calendar = field<{ id: string }>(data, 'removeHoliday');
  expect((await holidaysOf(ctx, calendar.id)).map((h) => h.date)).not.toContain(`${YEAR}-05-01`);
};
const imported: Check = (data) => {
  const result = field<{ imported: { date: string }[]; skipped: { reason: string }[] }>(data, 'importHolidays');
  expect(result.imported.map((h) => h.date)).toEqual([`${YEAR}-11-11`]);
};

const ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Trellis tests//EN',
  'BEGIN:VEVENT',
  'UID:martin@trellis.test',
  'DTSTAMP:20250101T000000Z',
  `DTSTART;VALUE=DATE:${YEAR}1111`,
  'SUMMARY:St Martin',
  'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

export const HOLIDAY_CALENDAR_ROWS: AccessRow[] = [
  {
    operation: 'holidays',
    title: "the Berlin office's holidays this year (member: Sam)",
    member: 'sam',
    document: `query H($calendarId: ID!, $year: Int) { holidays(calendarId: $calendarId, year: $year) { date name } }`,
    variables: async (ctx) => ({ calendarId: (await berlin(ctx)).id, year: YEAR }),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      member: berlinHolidays,
      manager: berlinHolidays,
      peerManager: berlinHolidays,
      admin: berlinHolidays,
      otherOrg: 'NOT_FOUND',
    },
  },
  {
    operation: 'createHolidayCalendar',
    title: 'a Lisbon office calendar (member: Sam)',
    member: 'sam',
    document: `mutation C($input: CreateHolidayCalendarInput!) { createHolidayCalendar(input: $input) { id name } }`,
    variables: () => ({ input: { name: 'Lisbon office' } }),
    expect: { ...ADMINS_ONLY, admin: created, otherOrg: created },
  },
  {
    operation: 'createHolidayCalendar',
    title: 'a second Berlin office calendar (member: Priya)',
    member: 'priya',
    document: `mutation C($input: CreateHolidayCalendarInput!) { createHolidayCalendar(input: $input) { id name } }`,
    variables: () => ({ input: { name: 'berlin OFFICE' } }),
    expect: { ...ADMINS_ONLY, admin: badInput('name'), otherOrg: badInput('name') },
  },
  {
    operation: 'renameHolidayCalendar',
    title: 'renaming the Berlin office calendar (member: Sam)',
    member: 'sam',
    document: `mutation R($input: RenameHolidayCalendarInput!) { renameHolidayCalendar(input: $input) { name version } }`,
    variables: async (ctx) => {
      const calendar = await berlin(ctx);
      return { input: { id: calendar.id, name: 'Berlin and Hamburg', version: calendar.version } };
    },
    expect: { ...ADMINS_ONLY, admin: renamed },
  },
  {
    operation: 'deleteHolidayCalendar',
    title: 'deleting the Berlin office calendar (member: Sam)',
    member: 'sam',
    document: `mutation D($id: ID!) { deleteHolidayCalendar(id: $id) }`,
    variables: async (ctx) => ({ id: (await berlin(ctx)).id }),
    expect: { ...ADMINS_ONLY, admin: deleted },
  },
  {
    operation: 'addHoliday',
    title: 'Assumption Day on the Berlin office calendar (member: Sam)',
    member: 'sam',
    document: `mutation A($input: HolidayInput!) { addHoliday(input: $input) { id holidayCount } }`,
    variables: async (ctx) => ({
      input: { calendarId: (await berlin(ctx)).id, date: `${YEAR}-08-15`, name: 'Assumption Day' },
    }),
    expect: { ...ADMINS_ONLY, admin: added },
  },
  {
    operation: 'removeHoliday',
    title: 'Labour Day off the Berlin office calendar (member: Sam)',
    member: 'sam',
    document: `mutation R($calendarId: ID!, $date: LocalDate!) { removeHoliday(calendarId: $calendarId, date: $date) { id holidayCount } }`,
    variables: async (ctx) => ({ calendarId: (await berlin(ctx)).id, date: `${YEAR}-05-01` }),
    expect: { ...ADMINS_ONLY, admin: removed },
  },
  {
    operation: 'importHolidays',
    title: 'St Martin from an iCalendar file (member: Sam)',
    member: 'sam',
    document: `mutation I($input: ImportHolidaysInput!) {
      importHolidays(input: $input) { imported { date name } skipped { reason } } }`,
    variables: async (ctx) => ({ input: { calendarId: (await berlin(ctx)).id, ics: ICS } }),
    expect: { ...ADMINS_ONLY, admin: imported },
  },
];
