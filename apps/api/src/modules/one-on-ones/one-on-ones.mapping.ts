import { addDays, cadenceKept, type Cadence } from '@trellis/domain';
import { Policy } from '../../authz/policy';
import { localDate } from '../../common/local-date';
import {
  ActionItem,
  CadenceFigures,
  MeetingSummary,
  OneOnOnePerson,
  OneOnOneSeries,
  TalkingPoint,
} from './models/one-on-ones.model';
import { MeetingStatus, OneOnOneCadence, OneOnOneKind, OneOnOneSeriesStatus } from './one-on-ones.enums';
import type { ActionItemRow, MeetingRow, PointRow } from './meetings/meetings.repository';
import type { OneOnOnePersonRow, SeriesRow } from './series/series.repository';

/** Cadence figures look back this many weeks. */
export const CADENCE_WEEKS = 12;

export const toPerson = (row: OneOnOnePersonRow | undefined, id: string): OneOnOnePerson =>
  row ? { id: row.id, name: row.name, title: row.title } : { id, name: 'Someone who left', title: null };

export function toSummary(row: MeetingRow, content: boolean): MeetingSummary {
  return {
    id: row.id,
    scheduledAt: row.scheduledAt,
    durationMinutes: row.durationMinutes,
    status: row.status as MeetingStatus,
    adHoc: row.adHoc,
    completedAt: row.completedAt,
    mood: content ? row.mood : null,
    version: row.version,
  };
}

export function cadenceWindow(today: string): { from: string; to: string } {
  return { from: addDays(today, -7 * CADENCE_WEEKS + 1), to: today };
}

/**
 * Held and expected meetings of a series over the last weeks, counted in the series' own time zone:
 * a meeting is dated where it takes place, so "today" must be that zone's date too (a viewer in UTC
 * late in the evening would otherwise not count a Berlin meeting completed just after midnight).
 */
export function cadenceOf(series: SeriesRow, heldDays: readonly string[], now: Date): CadenceFigures {
  const window = cadenceWindow(localDate(now, series.timeZone));
  const figures = cadenceKept({
    cadence: series.cadence as Cadence,
    seriesStart: series.startedOn,
    from: window.from,
    to: window.to,
    heldDates: heldDays,
  });
  return { ...figures, ...window };
}

export interface SeriesFacts {
  people: Map<string, OneOnOnePersonRow>;
  meetings: MeetingRow[];
  heldDays: string[];
  openItems: number;
  today: string;
  now: Date;
}

/** A series as the viewer may see it: content fields only for its participants. */
export function toSeries(row: SeriesRow, policy: Policy, facts: SeriesFacts): OneOnOneSeries {
  const participant = policy.canReadMeeting(row);
  const viewerId = policy.viewer.personId;
  const otherId = !participant ? null : viewerId === row.leadId ? row.partnerId : row.leadId;
  const byTime = [...facts.meetings].sort((a, b) => a.scheduledAt.getTime() - b.scheduledAt.getTime());
  const held = byTime.filter((m) => m.status === 'completed');
  const next =
    byTime.find((m) => m.status === 'scheduled' && m.scheduledAt.getTime() >= facts.now.getTime() - 3_600_000) ??
    byTime.find((m) => m.status === 'scheduled');
  const lastHeld = held[held.length - 1] ?? null;
  const latestMood = [...held].reverse().find((m) => m.mood !== null)?.mood ?? null;
  return {
    id: row.id,
    kind: row.kind as OneOnOneKind,
    lead: toPerson(facts.people.get(row.leadId), row.leadId),
    partner: toPerson(facts.people.get(row.partnerId), row.partnerId),
    otherPerson: otherId ? toPerson(facts.people.get(otherId), otherId) : null,
    cadence: row.cadence as OneOnOneCadence,
    weekday: row.weekday,
    startTime: row.startTime,
    durationMinutes: row.durationMinutes,
    timeZone: row.timeZone,
    status: row.status as OneOnOneSeriesStatus,
    templateId: row.templateId,
    version: row.version,
    participant,
    lastHeld: lastHeld ? toSummary(lastHeld, participant) : null,
    nextMeeting: next && row.status !== 'ended' ? toSummary(next, participant) : null,
    cadenceFigures: cadenceOf(row, facts.heldDays, facts.now),
    openActionItemCount: participant ? facts.openItems : null,
    latestMood: participant ? latestMood : null,
  };
}

export function toPoint(row: PointRow, people: Map<string, OneOnOnePersonRow>): TalkingPoint {
  return {
    id: row.id,
    meetingId: row.meetingId,
    author: row.authorId ? toPerson(people.get(row.authorId), row.authorId) : null,
    text: row.text,
    position: row.position,
    discussed: row.discussed,
    carriedFrom:
      row.carriedFromMeetingId && row.carriedFromAt
        ? { meetingId: row.carriedFromMeetingId, scheduledAt: row.carriedFromAt }
        : null,
    tags: row.tags,
    suggestionKey: row.suggestionKey,
    version: row.version,
  };
}

export function toActionItem(
  row: ActionItemRow,
  people: Map<string, OneOnOnePersonRow>,
  today: string,
  viewerPersonId: string | null,
): ActionItem {
  const otherId = viewerPersonId === row.leadId ? row.partnerId : viewerPersonId === row.partnerId ? row.leadId : null;
  return {
    id: row.id,
    seriesId: row.seriesId,
    meetingId: row.meetingId,
    text: row.text,
    owner: toPerson(people.get(row.ownerId), row.ownerId),
    dueDate: row.dueDate,
    done: row.done,
    doneAt: row.doneAt,
    overdue: !row.done && row.dueDate !== null && row.dueDate < today,
    carriedFrom:
      row.agreedInMeetingId && row.agreedInAt && row.agreedInMeetingId !== row.meetingId
        ? { meetingId: row.agreedInMeetingId, scheduledAt: row.agreedInAt }
        : null,
    otherPerson: otherId ? toPerson(people.get(otherId), otherId) : null,
    version: row.version,
  };
}

/** Tags as stored: trimmed, lower case, each once, in the order given. */
export function normalTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim().toLowerCase()).filter((t) => t.length > 0))];
}
