import { addDays, followingMeetingDate, zonedInstant, type Cadence, type Weekday } from '@trellis/domain';
import type { GrowthPlan } from './growth-plan';
import { newId, OrganizationPlan } from './organization-plan';

type Kind = 'manager_report' | 'skip_level' | 'peer' | 'mentoring';

/** One-on-ones of a planned organization, as plain rows ready to insert. */
export interface OneOnOnesPlan {
  templates: { name: string; points: string[] }[];
  series: {
    id: string;
    kind: Kind;
    leadId: string;
    partnerId: string;
    cadence: Cadence;
    weekday: number;
    startTime: string;
    timeZone: string;
    durationMinutes: number;
    createdAt: Date;
  }[];
  meetings: {
    id: string;
    seriesId: string;
    scheduledAt: Date;
    durationMinutes: number;
    status: 'scheduled' | 'completed';
    completedAt: Date | null;
    completedById: string | null;
    mood: number | null;
  }[];
  points: {
    meetingId: string;
    authorId: string;
    text: string;
    position: number;
    discussed: boolean;
    carriedFromMeetingId: string | null;
    tags: string[];
  }[];
  actionItems: {
    seriesId: string;
    meetingId: string;
    agreedInMeetingId: string;
    text: string;
    ownerId: string;
    dueDate: string | null;
    doneAt: Date | null;
  }[];
  sharedNotes: { meetingId: string; paragraphs: string[]; tags: string[] }[];
  /** Written with app.user_id set to the author's account, as the row policy asks. */
  privateNotes: { meetingId: string; authorPersonId: string; body: string }[];
  /** Existing check-ins (goal and date) made in a meeting. */
  checkInLinks: { goalId: string; date: string; meetingId: string }[];
}

const TIME_ZONE = 'Europe/Berlin';
const WEEKS_BACK = 13;

const LEAD_POINTS: [string, string[]][] = [
  ['How is the on-call rotation treating you?', ['workload']],
  ['Feedback on the design review last week', ['feedback']],
  ['Priorities for the next sprint', ['workload']],
  ['Your goals: where are you stuck?', ['goals']],
  ['Team changes coming next quarter', []],
  ['What would you like more of in your work?', ['career']],
];
const PARTNER_POINTS: [string, string[]][] = [
  ['I would like to pair more with the platform team', ['career']],
  ['The release process takes too long', ['workload']],
  ['Conference talk proposal', ['career']],
  ['Feedback for you: planning meetings run long', ['feedback']],
  ['Progress on my goal', ['goals']],
  ['Too many interruptions on Fridays', ['workload']],
  ['Can I take the lead on the next incident review?', ['career']],
];
const ACTIONS = [
  'Write up the retry design',
  'Share the conference budget rules',
  'Book a pairing session with Platform',
  'Draft the incident review',
  'Update the goal milestones',
  'Ask Finance about the refunds report',
  'Send notes from the architecture guild',
];
const NOTES = [
  'Talked through the week: steady progress, one blocker on the payments sandbox.',
  'Agreed to revisit the on-call load after the next rotation.',
  'Good energy around the refunds launch; worried about the timeline for the ledger work.',
  'Discussed growth: more ownership of design reviews is the next step.',
  'Checked in on goals; the milestone dates still hold.',
];

/**
 * Three months of one-on-ones: every manager with each direct report (weekly in Payments,
 * every two weeks elsewhere), Dana with her managers, one skip-level (Dana and Sam, monthly) and
 * one mentoring pair (Omar mentors Priya, monthly). Past meetings are completed, with agendas
 * (an undiscussed point every third meeting is carried to the next), action items (the recent
 * ones open, some overdue: at least one of Sam's and one of Maya's), moods, shared notes and
 * goal check-ins made in them; Maya keeps private notes. Every series has its next meeting.
 */
export function demoOneOnOnes(plan: OrganizationPlan, goals: GrowthPlan['goals'], now: Date): OneOnOnesPlan {
  const person = (name: string) => {
    const p = plan.people.find((x) => x.name.startsWith(name));
    if (!p) throw new Error(`The demo has no ${name}`);
    return p.id;
  };
  const today = now.toISOString().slice(0, 10);
  const dana = person('Dana');
  const maya = person('Maya');
  const sam = person('Sam');
  const result: OneOnOnesPlan = {
    templates: [
      { name: 'Onboarding check-in', points: ['What surprised you this week?', 'Who have you not met yet?'] },
    ],
    series: [],
    meetings: [],
    points: [],
    actionItems: [],
    sharedNotes: [],
    privateNotes: [],
    checkInLinks: [],
  };

  const pairs: { kind: Kind; leadId: string; partnerId: string; cadence: Cadence; weekday: Weekday; time: string }[] =
    [];
  const managers = plan.people.filter((m) => plan.people.some((p) => p.managerId === m.id));
  managers.forEach((m, mi) => {
    plan.people
      .filter((p) => p.managerId === m.id)
      .forEach((p, i) => {
        const payments = m.id === maya;
        pairs.push({
          kind: 'manager_report',
          leadId: m.id,
          partnerId: p.id,
          cadence: payments ? 'weekly' : 'biweekly',
          weekday: (((mi + i) % 4) + 1) as Weekday,
          time: `${String(9 + (i % 7)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`,
        });
      });
  });
  pairs.push({ kind: 'skip_level', leadId: dana, partnerId: sam, cadence: 'monthly', weekday: 4, time: '15:00' });
  pairs.push({
    kind: 'mentoring',
    leadId: person('Omar'),
    partnerId: person('Priya'),
    cadence: 'monthly',
    weekday: 5,
    time: '11:00',
  });

  const start = addDays(today, -7 * WEEKS_BACK);
  pairs.forEach((pair, pairIndex) => {
    const seriesId = newId();
    result.series.push({
      id: seriesId,
      kind: pair.kind,
      leadId: pair.leadId,
      partnerId: pair.partnerId,
      cadence: pair.cadence,
      weekday: pair.weekday,
      startTime: pair.time,
      timeZone: TIME_ZONE,
      durationMinutes: 30,
      createdAt: zonedInstant(addDays(start, -1), '09:00', TIME_ZONE),
    });
    // The meeting days from the series' start until the first one still ahead.
    const days: string[] = [];
    let day = followingMeetingDate({ cadence: 'weekly', weekday: pair.weekday }, addDays(start, -1));
    while (true) {
      days.push(day);
      if (zonedInstant(day, pair.time, TIME_ZONE).getTime() > now.getTime()) break;
      day = followingMeetingDate(pair, day);
    }
    let carried: { text: string; tags: string[]; authorId: string; from: string }[] = [];
    const openItems: OneOnOnesPlan['actionItems'] = [];
    const completed = days.length - 1;
    days.forEach((date, n) => {
      const id = newId();
      const scheduledAt = zonedInstant(date, pair.time, TIME_ZONE);
      const done = n < completed;
      const seed = pairIndex * 7 + n;
      result.meetings.push({
        id,
        seriesId,
        scheduledAt,
        durationMinutes: 30,
        status: done ? 'completed' : 'scheduled',
        completedAt: done ? new Date(scheduledAt.getTime() + 30 * 60_000) : null,
        completedById: done ? pair.leadId : null,
        mood: done && seed % 5 !== 4 ? 3 + (seed % 3) : null,
      });
      // Agenda: what was carried here first, then one point from each side.
      const lead = LEAD_POINTS[seed % LEAD_POINTS.length];
      const partner = PARTNER_POINTS[(seed + 3) % PARTNER_POINTS.length];
      const agenda = [
        ...carried.map((c) => ({ ...c, carriedFromMeetingId: c.from })),
        { text: lead[0], tags: lead[1], authorId: pair.leadId, carriedFromMeetingId: null as string | null },
        { text: partner[0], tags: partner[1], authorId: pair.partnerId, carriedFromMeetingId: null as string | null },
      ];
      // Every third meeting runs out of time for its last point, which moves to the next one.
      const leftOver = done && n % 3 === 1 ? agenda.length - 1 : -1;
      agenda.forEach((p, position) =>
        result.points.push({
          meetingId: id,
          authorId: p.authorId,
          text: p.text,
          position,
          discussed: done && position !== leftOver,
          carriedFromMeetingId: p.carriedFromMeetingId,
          tags: p.tags,
        }),
      );
      carried = leftOver >= 0 ? [{ ...agenda[leftOver], from: agenda[leftOver].carriedFromMeetingId ?? id }] : [];
      if (!done) {
        // The next meeting shows every item still open.
        for (const item of openItems) result.actionItems.push({ ...item, meetingId: id });
        return;
      }
      // One item agreed per meeting; the last two meetings' items are still open.
      const recent = n >= completed - 2;
      const ownerId = n % 2 === 0 ? pair.partnerId : pair.leadId;
      const item = {
        seriesId,
        meetingId: id,
        agreedInMeetingId: id,
        text: ACTIONS[seed % ACTIONS.length],
        ownerId,
        dueDate: addDays(date, recent ? 3 : 7),
        doneAt: recent ? null : new Date(scheduledAt.getTime() + 3 * 86_400_000),
      };
      if (recent) openItems.push(item);
      else result.actionItems.push(item);
      result.sharedNotes.push({
        meetingId: id,
        paragraphs: [NOTES[seed % NOTES.length], `Agreed: ${item.text.toLowerCase()}.`],
        tags: [...new Set([...lead[1], ...partner[1]])],
      });
    });
    // Maya and Sam: an overdue item each, whatever the day of the week.
    if (pair.leadId === maya && pair.partnerId === sam) {
      const last = result.meetings.filter((m) => m.seriesId === seriesId && m.status === 'completed').at(-1);
      const next = result.meetings.find((m) => m.seriesId === seriesId && m.status === 'scheduled');
      if (last && next) {
        for (const [ownerId, text] of [
          [sam, 'Send the refunds load-test results'],
          [maya, 'Confirm the training budget for Sam'],
        ] as const) {
          result.actionItems.push({
            seriesId,
            meetingId: next.id,
            agreedInMeetingId: last.id,
            text,
            ownerId,
            dueDate: addDays(today, -2),
            doneAt: null,
          });
        }
        result.privateNotes.push(
          { meetingId: last.id, authorPersonId: maya, body: 'Sam seemed tired; ask how on-call is going.' },
          { meetingId: next.id, authorPersonId: maya, body: 'Bring up the staff engineer path, gently.' },
        );
      }
    }
    // Check-ins of the partner's goals made in one of their manager's meetings (within three days).
    if (pair.kind === 'manager_report') {
      const held = result.meetings.filter((m) => m.seriesId === seriesId && m.status === 'completed');
      for (const goal of goals.filter((g) => g.personId === pair.partnerId)) {
        for (const checkIn of goal.checkIns) {
          const meeting = held.find(
            (m) => Math.abs(m.scheduledAt.getTime() - Date.parse(`${checkIn.date}T12:00:00Z`)) <= 3 * 86_400_000,
          );
          if (meeting) result.checkInLinks.push({ goalId: goal.id, date: checkIn.date, meetingId: meeting.id });
        }
      }
    }
  });
  return result;
}
