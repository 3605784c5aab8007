import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLClient, GraphQLResponse } from '../support/graphql-client';
import { createTestOrganization, startTestApp, TestApp, TestOrganization } from '../support/test-app';

const FIXTURE = readFileSync(join(__dirname, '../fixtures/holidays.ics'), 'utf8');
const YEAR = Number(new Date().toISOString().slice(0, 4));

const CALENDAR = `id name holidayCount peopleCount years version`;
const CREATE = `mutation C($input: CreateHolidayCalendarInput!) { createHolidayCalendar(input: $input) { ${CALENDAR} } }`;
const RENAME = `mutation R($input: RenameHolidayCalendarInput!) { renameHolidayCalendar(input: $input) { ${CALENDAR} } }`;
const DELETE = `mutation D($id: ID!) { deleteHolidayCalendar(id: $id) }`;
const ADD = `mutation A($input: HolidayInput!) { addHoliday(input: $input) { ${CALENDAR} } }`;
const REMOVE = `mutation R($calendarId: ID!, $date: LocalDate!) { removeHoliday(calendarId: $calendarId, date: $date) { ${CALENDAR} } }`;
const IMPORT = `mutation I($input: ImportHolidaysInput!) { importHolidays(input: $input) {
  calendar { ${CALENDAR} } imported { date name } skipped { name date reason } fromYear toYear } }`;
const HOLIDAYS = `query H($calendarId: ID!, $year: Int) { holidays(calendarId: $calendarId, year: $year) { date name } }`;
const ASSIGN = `mutation A($personId: ID!, $calendarId: ID) { assignHolidayCalendar(personId: $personId, calendarId: $calendarId) { id holidayCalendarName } }`;

type Calendar = {
  id: string;
  name: string;
  holidayCount: number;
  peopleCount: number;
  years: number[];
  version: number;
};
type Import = {
  calendar: Calendar;
  imported: { date: string; name: string }[];
  skipped: { name: string; date: string | null; reason: string }[];
  fromYear: number;
  toYear: number;
};

function ok<T>(res: GraphQLResponse<T>): T {
  expect(res.errors).toEqual([]);
  return res.data as T;
}

function refused(res: GraphQLResponse<unknown>): { code: unknown; field: unknown; message: string } {
  expect(res.errors).toHaveLength(1);
  return {
    code: res.errors[0].extensions?.code,
    field: res.errors[0].extensions?.field,
    message: res.errors[0].message,
  };
}

describe('holiday calendars', () => {
  let test: TestApp;
  let org: TestOrganization;
  let admin: GraphQLClient;
  let maya: GraphQLClient;

  const create = async (name: string) =>
    ok(await admin.request<{ createHolidayCalendar: Calendar }>(CREATE, { input: { name } })).createHolidayCalendar;
  const holidays = async (calendarId: string, year: number | null = null) =>
    ok(await maya.request<{ holidays: { date: string; name: string }[] }>(HOLIDAYS, { calendarId, year })).holidays;

  beforeAll(async () => {
    test = await startTestApp();
    org = await createTestOrganization(test);
    [admin, maya] = await Promise.all([org.signIn('admin'), org.signIn('maya')]);
  });
  afterAll(() => test.close());

  it('imports an iCalendar file: all-day events by day, yearly ones over this year and next, with what was skipped', async () => {
    const lisbon = await create('Lisbon office');
    const result = ok(
      await admin.request<{ importHolidays: Import }>(IMPORT, { input: { calendarId: lisbon.id, ics: FIXTURE } }),
    ).importHolidays;
    expect([result.fromYear, result.toYear]).toEqual([YEAR, YEAR + 1]);
    // The fixture's dated events (2026 and 2027, Neujahr on 1 Jan 2027 or New Year's Day there),
    // and the yearly New Year's Day over this year and next.
    const dated = ['2026-12-24', '2026-12-25', '2026-12-26', '2027-01-01', '2027-05-01'];
    const newYears = [`${YEAR}-01-01`, `${YEAR + 1}-01-01`];
    expect(result.imported.map((h) => h.date)).toEqual([...new Set([...dated, ...newYears])].sort());
    expect(result.imported.find((h) => h.date === '2026-12-25')?.name).toBe('Christmas');
    const reasons = result.skipped.map((s) => `${s.name}: ${s.reason}`);
    expect(reasons).toEqual(
      expect.arrayContaining([
        'Office party: It is not an all-day event: it has a time of day.',
        'Planning day: It repeats weekly: only yearly holidays are imported.',
        "Founders' Day: It is cancelled.",
      ]),
    );
    expect(result.calendar.holidayCount).toBe(result.imported.length);
    expect(await holidays(lisbon.id, 2026)).toContainEqual({ date: '2026-12-24', name: 'Christmas' });

    // Again: every day is on the calendar already, and nothing is written twice.
    const again = ok(
      await admin.request<{ importHolidays: Import }>(IMPORT, { input: { calendarId: lisbon.id, ics: FIXTURE } }),
    ).importHolidays;
    expect(again.imported).toEqual([]);
    expect(again.skipped.filter((s) => s.reason === 'Lisbon office has “Christmas” on that day already.')).toHaveLength(
      3,
    );
    expect(again.calendar.holidayCount).toBe(result.imported.length);
  });

  it('refuses a file that is not iCalendar, naming the field, and writes nothing', async () => {
    const porto = await create('Porto office');
    for (const ics of ['Name,Date\nNew Year,2026-01-01', 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR']) {
      const bad = refused(await admin.request(IMPORT, { input: { calendarId: porto.id, ics } }));
      expect(bad).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ics' });
    }
    expect(refused(await admin.request(IMPORT, { input: { calendarId: porto.id, ics: '' } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'ics',
    });
    expect(await holidays(porto.id)).toEqual([]);
  });

  it('adds and removes holidays by hand, naming a day taken or not there', async () => {
    const madrid = await create('Madrid office');
    const added = ok(
      await admin.request<{ addHoliday: Calendar }>(ADD, {
        input: { calendarId: madrid.id, date: `${YEAR}-08-15`, name: ' Assumption Day ' },
      }),
    ).addHoliday;
    expect(added).toMatchObject({ holidayCount: 1, years: [YEAR] });
    expect(await holidays(madrid.id, YEAR)).toEqual([{ date: `${YEAR}-08-15`, name: 'Assumption Day' }]);
    const twice = refused(
      await admin.request(ADD, { input: { calendarId: madrid.id, date: `${YEAR}-08-15`, name: 'Again' } }),
    );
    expect(twice).toMatchObject({ code: 'BAD_USER_INPUT', field: 'date' });
    expect(twice.message).toMatch(/is a holiday on Madrid office already: “Assumption Day”\.$/);
    expect(
      refused(await admin.request(ADD, { input: { calendarId: madrid.id, date: '2026-02-30', name: 'x' } })),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(
      refused(await admin.request(ADD, { input: { calendarId: madrid.id, date: `${YEAR}-08-16`, name: '   ' } })),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });

    const removed = ok(
      await admin.request<{ removeHoliday: Calendar }>(REMOVE, { calendarId: madrid.id, date: `${YEAR}-08-15` }),
    ).removeHoliday;
    expect(removed.holidayCount).toBe(0);
    expect(refused(await admin.request(REMOVE, { calendarId: madrid.id, date: `${YEAR}-08-15` }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'date',
    });
  });

  it('renames with the version it read (a stale one is a CONFLICT), and keeps names unique', async () => {
    const paris = await create('Paris office');
    expect(refused(await admin.request(CREATE, { input: { name: 'paris OFFICE' } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'name',
    });
    const renamed = ok(
      await admin.request<{ renameHolidayCalendar: Calendar }>(RENAME, {
        input: { id: paris.id, name: 'Paris and Lyon', version: paris.version },
      }),
    ).renameHolidayCalendar;
    expect(renamed).toMatchObject({ name: 'Paris and Lyon', version: paris.version + 1 });
    const stale = refused(
      await admin.request(RENAME, { input: { id: paris.id, name: 'Paris', version: paris.version } }),
    );
    expect(stale.code).toBe('CONFLICT');
    expect(
      refused(
        await admin.request(RENAME, { input: { id: paris.id, name: 'Berlin office', version: renamed.version } }),
      ),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'name',
    });
  });

  it('deleting a calendar leaves its people without one', async () => {
    const rome = await create('Rome office');
    ok(await admin.request(ASSIGN, { personId: org.personId('Sam'), calendarId: rome.id }));
    const [before] = ok(
      await admin.request<{ holidayCalendars: Calendar[] }>(`query { holidayCalendars { ${CALENDAR} } }`),
    ).holidayCalendars.filter((c) => c.id === rome.id);
    expect(before.peopleCount).toBe(1);
    expect(
      ok(await admin.request<{ deleteHolidayCalendar: string }>(DELETE, { id: rome.id })).deleteHolidayCalendar,
    ).toBe(rome.id);
    const [sam]: { calendarId: string | null }[] = await test.dataSource.query(
      `SELECT holiday_calendar_id AS "calendarId" FROM people WHERE id = $1`,
      [org.personId('Sam')],
    );
    expect(sam.calendarId).toBeNull();
    expect(refused(await maya.request(HOLIDAYS, { calendarId: rome.id })).code).toBe('NOT_FOUND');
    const events: { action: string }[] = await test.dataSource.query(
      `SELECT action FROM audit_events WHERE org_id = $1 AND target_id = $2 ORDER BY at`,
      [org.plan.id, rome.id],
    );
    expect(events.map((e) => e.action)).toEqual(['holiday_calendar_created', 'holiday_calendar_deleted']);
  });
});
