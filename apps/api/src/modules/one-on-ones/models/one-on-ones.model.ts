import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '../../../common/local-date.scalar';
import { MeetingStatus, OneOnOneCadence, OneOnOneKind, OneOnOneSeriesStatus } from '../one-on-ones.enums';

@ObjectType({ description: 'A side of a one-on-one: who they are in the directory.' })
export class OneOnOnePerson {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) title: string | null;
}

@ObjectType({ description: 'A template gives a new series’ first meeting its starter talking points.' })
export class OneOnOneTemplate {
  @Field(() => ID, { description: 'A built-in template’s id is "builtin:<key>".' }) id: string;
  @Field() name: string;
  @Field(() => [String]) points: string[];
  @Field({ description: 'Built into Trellis (not editable) or the organization’s own.' }) builtIn: boolean;
  @Field(() => Int, { nullable: true }) version: number | null;
}

@ObjectType({ description: 'Meetings held against meetings expected by the cadence, over a window; never content.' })
export class CadenceFigures {
  @Field(() => Int) expected: number;
  @Field(() => Int) held: number;
  @Field({ description: 'Held at least three quarters of the meetings expected.' }) kept: boolean;
  @Field(() => LocalDateScalar) from: string;
  @Field(() => LocalDateScalar) to: string;
}

@ObjectType({ description: 'A meeting as a line in a list: when, and whether it was held.' })
export class MeetingSummary {
  @Field(() => ID) id: string;
  @Field() scheduledAt: Date;
  @Field(() => Int) durationMinutes: number;
  @Field(() => MeetingStatus) status: MeetingStatus;
  @Field() adHoc: boolean;
  @Field(() => Date, { nullable: true }) completedAt: Date | null;
  @Field(() => Int, { nullable: true, description: 'Null for whoever may not read the meeting’s content.' })
  mood: number | null;
  @Field(() => Int) version: number;
}

@ObjectType()
export class MoodPoint {
  @Field(() => ID) meetingId: string;
  @Field() scheduledAt: Date;
  @Field(() => Int) mood: number;
}

@ObjectType({
  description:
    'A one-on-one series. Its participants read everything; the manager chain above them and admins see only that it exists, its schedule and cadence figures (content fields are null for them).',
})
export class OneOnOneSeries {
  @Field(() => ID) id: string;
  @Field(() => OneOnOneKind) kind: OneOnOneKind;
  @Field(() => OneOnOnePerson, { description: 'The manager, skip-level manager or mentor who usually runs it.' })
  lead: OneOnOnePerson;
  @Field(() => OneOnOnePerson) partner: OneOnOnePerson;
  @Field(() => OneOnOnePerson, {
    nullable: true,
    description: 'For a participant, the other side; null for someone who only oversees the pair.',
  })
  otherPerson: OneOnOnePerson | null;
  @Field(() => OneOnOneCadence) cadence: OneOnOneCadence;
  @Field(() => Int, { description: 'ISO weekday: 1 Monday … 7 Sunday.' }) weekday: number;
  @Field({ description: 'Local start time, HH:MM.' }) startTime: string;
  @Field(() => Int) durationMinutes: number;
  @Field({ description: 'IANA time zone the meetings are planned in.' }) timeZone: string;
  @Field(() => OneOnOneSeriesStatus) status: OneOnOneSeriesStatus;
  @Field(() => ID, { nullable: true }) templateId: string | null;
  @Field(() => Int) version: number;
  @Field({ description: 'Whether the viewer takes part (and so reads the content).' }) participant: boolean;
  @Field(() => MeetingSummary, { nullable: true }) lastHeld: MeetingSummary | null;
  @Field(() => MeetingSummary, { nullable: true }) nextMeeting: MeetingSummary | null;
  @Field(() => CadenceFigures, { description: 'Over the last 12 weeks.' }) cadenceFigures: CadenceFigures;
  @Field(() => Int, { nullable: true, description: 'Participants only.' }) openActionItemCount: number | null;
  @Field(() => Int, { nullable: true, description: 'The latest mood given; participants only.' })
  latestMood: number | null;
}

@ObjectType()
export class OneOnOneSeriesDetail extends OneOnOneSeries {
  @Field(() => [MeetingSummary], { description: 'Every meeting, newest first; participants only (else empty).' })
  meetings: MeetingSummary[];
  @Field(() => [MoodPoint], { description: 'Mood of the last 10 meetings with one, oldest first.' })
  moodTrend: MoodPoint[];
}

@ObjectType()
export class CarriedFrom {
  @Field(() => ID) meetingId: string;
  @Field() scheduledAt: Date;
}

@ObjectType()
export class TalkingPoint {
  @Field(() => ID) id: string;
  @Field(() => ID) meetingId: string;
  @Field(() => OneOnOnePerson, { nullable: true }) author: OneOnOnePerson | null;
  @Field() text: string;
  @Field(() => Int) position: number;
  @Field() discussed: boolean;
  @Field(() => CarriedFrom, { nullable: true, description: 'The meeting it was first put on, if it was carried over.' })
  carriedFrom: CarriedFrom | null;
  @Field(() => [String]) tags: string[];
  @Field(() => String, { nullable: true }) suggestionKey: string | null;
  @Field(() => Int) version: number;
}

@ObjectType()
export class ActionItem {
  @Field(() => ID) id: string;
  @Field(() => ID) seriesId: string;
  @Field(() => ID, { description: 'The meeting it shows on (it moves forward while open).' }) meetingId: string;
  @Field() text: string;
  @Field(() => OneOnOnePerson) owner: OneOnOnePerson;
  @Field(() => LocalDateScalar, { nullable: true }) dueDate: string | null;
  @Field() done: boolean;
  @Field(() => Date, { nullable: true }) doneAt: Date | null;
  @Field({ description: 'Open and due before today.' }) overdue: boolean;
  @Field(() => CarriedFrom, {
    nullable: true,
    description: 'The meeting it was agreed in, when that is not the meeting it shows on.',
  })
  carriedFrom: CarriedFrom | null;
  @Field(() => OneOnOnePerson, {
    nullable: true,
    description: 'The other side of the series, for lists across series.',
  })
  otherPerson: OneOnOnePerson | null;
  @Field(() => Int) version: number;
}

@ObjectType({ description: 'The meeting before this one, in short.' })
export class PreviousMeetingSummary {
  @Field(() => ID) id: string;
  @Field() scheduledAt: Date;
  @Field(() => [String]) discussedPoints: string[];
  @Field(() => [ActionItem], { description: 'Items agreed in it: done ones and those still open.' })
  actionItems: ActionItem[];
  @Field({ description: 'The first 300 characters of its shared notes.' }) notesExcerpt: string;
}

@ObjectType({ description: 'A goal check-in made from a meeting.' })
export class MeetingCheckIn {
  @Field(() => ID) goalId: string;
  @Field() goalTitle: string;
  @Field(() => LocalDateScalar) date: string;
  @Field(() => Int) progress: number;
  @Field() confidence: string;
  @Field() note: string;
  @Field() authorName: string;
}

@ObjectType()
export class Meeting {
  @Field(() => ID) id: string;
  @Field(() => OneOnOneSeries) series: OneOnOneSeries;
  @Field() scheduledAt: Date;
  @Field(() => Int) durationMinutes: number;
  @Field() adHoc: boolean;
  @Field(() => MeetingStatus) status: MeetingStatus;
  @Field(() => Date, { nullable: true }) completedAt: Date | null;
  @Field(() => Int, { nullable: true, description: 'The partner’s 1–5, if given.' }) mood: number | null;
  @Field(() => Int) version: number;
  @Field(() => [TalkingPoint]) points: TalkingPoint[];
  @Field(() => [ActionItem]) actionItems: ActionItem[];
  @Field(() => PreviousMeetingSummary, { nullable: true }) previousMeeting: PreviousMeetingSummary | null;
  @Field(() => [MeetingCheckIn]) checkIns: MeetingCheckIn[];
  @Field({ description: 'Whether the viewer has a private note on it (only they ever read it).' })
  hasPrivateNote: boolean;
  @Field({ description: 'Whether the viewer may give the mood (the partner).' }) canSetMood: boolean;
}

@ObjectType({ description: 'A private note: its author’s alone.' })
export class PrivateNote {
  @Field(() => ID) meetingId: string;
  @Field() body: string;
  @Field(() => Int, { description: '0 before the first save.' }) version: number;
  @Field(() => Date, { nullable: true }) updatedAt: Date | null;
}

@ObjectType()
export class OneOnOneSearchHit {
  @Field(() => ID) meetingId: string;
  @Field() scheduledAt: Date;
  @Field({ description: 'point, action_item or notes.' }) kind: string;
  @Field() text: string;
  @Field(() => [String]) tags: string[];
}

@ObjectType({ description: 'A manager’s one-on-ones in numbers: never content.' })
export class ManagerCadence {
  @Field(() => OneOnOnePerson) manager: OneOnOnePerson;
  @Field(() => Int) seriesCount: number;
  @Field(() => Int) held: number;
  @Field(() => Int) expected: number;
  @Field() kept: boolean;
}
