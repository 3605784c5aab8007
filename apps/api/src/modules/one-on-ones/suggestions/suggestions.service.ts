import { Injectable } from '@nestjs/common';
import {
  addDays,
  mondayOf,
  suggestTalkingPoints,
  type DroughtFact,
  type OverAllocationFact,
  type SuggestedTalkingPoint,
  type TalkingPointFacts,
} from '@trellis/domain';
import { badInput, notFound } from '../../../common/errors';
import { requireId } from '../../../common/ids';
import { RequestContext } from '../../../context/request-context';
import { QuarterClockService } from '../../directory/organizations/quarter-clock.service';
import { AssessmentsService } from '../../growth/assessments/assessments.service';
import { GoalsService } from '../../growth/goals/goals.service';
import { GoalStatus } from '../../growth/growth.enums';
import { TimelineService } from '../../staffing/timeline/timeline.service';
import { SuggestionMeetingRow, SuggestionsRepository } from './suggestions.repository';
import { TalkingPointSignal, TalkingPointSuggestion } from './models/talking-point-suggestion.model';

/** Weeks of the plan read behind the meeting (for a drought) and ahead of it (for overload). */
const WEEKS_BEHIND = 8;
const WEEKS_AHEAD = 4;

const firstName = (name: string) => name.split(' ')[0] || name;

/**
 * Suggested talking points for a meeting: the facts Trellis holds about the person the meeting
 * is for, each read through its own feature and only where the viewer may read it (growth
 * through the growth rules, the plan through the staffing rules), turned into points by one pure
 * rule in libs/domain. Only the meeting's two participants get suggestions.
 */
@Injectable()
export class SuggestionsService {
  constructor(
    private readonly suggestions: SuggestionsRepository,
    private readonly quarters: QuarterClockService,
    private readonly goals: GoalsService,
    private readonly assessments: AssessmentsService,
    private readonly timeline: TimelineService,
  ) {}

  private async participantMeeting(ctx: RequestContext, meetingId: string): Promise<SuggestionMeetingRow> {
    requireId('meetingId', meetingId);
    ctx.requireViewer();
    const meeting = await this.suggestions.meeting(ctx.db, ctx.orgId, meetingId);
    // Whether a meeting exists is told to its participants only.
    if (!meeting || !(await ctx.policy()).canReadMeeting(meeting)) {
      throw notFound('Meeting');
    }
    return meeting;
  }

  async list(ctx: RequestContext, meetingId: string): Promise<TalkingPointSuggestion[]> {
    const meeting = await this.participantMeeting(ctx, meetingId);
    if (meeting.status !== 'scheduled') return [];
    return (await this.compute(ctx, meeting)).map(toModel);
  }

  async add(ctx: RequestContext, meetingId: string, key: string): Promise<TalkingPointSuggestion[]> {
    const meeting = await this.requireOpen(ctx, meetingId);
    const found = (await this.compute(ctx, meeting)).find((s) => s.key === key);
    if (!found) throw badInput('key', 'This suggestion no longer applies, or it is already on the agenda.');
    await this.suggestions.addPoint(ctx.db, ctx.orgId, meetingId, ctx.requireViewer().personId as string, found);
    return (await this.compute(ctx, meeting)).map(toModel);
  }

  async dismiss(ctx: RequestContext, meetingId: string, key: string): Promise<TalkingPointSuggestion[]> {
    const meeting = await this.requireOpen(ctx, meetingId);
    const current = await this.compute(ctx, meeting);
    if (!current.some((s) => s.key === key)) {
      throw badInput('key', 'This suggestion no longer applies, or it was already added or dismissed.');
    }
    await this.suggestions.dismiss(ctx.db, ctx.orgId, meetingId, key);
    return current.filter((s) => s.key !== key).map(toModel);
  }

  private async requireOpen(ctx: RequestContext, meetingId: string): Promise<SuggestionMeetingRow> {
    const meeting = await this.participantMeeting(ctx, meetingId);
    if (meeting.status !== 'scheduled') {
      throw badInput('meetingId', 'This meeting is over: suggestions are for the next one.');
    }
    return meeting;
  }

  private async compute(ctx: RequestContext, meeting: SuggestionMeetingRow): Promise<SuggestedTalkingPoint[]> {
    const viewer = ctx.requireViewer();
    const policy = await ctx.policy();
    // A peer pair is about the other side; every other kind is about the report or mentee.
    const subjectIsLead = meeting.kind === 'peer' && viewer.personId === meeting.partnerId;
    const subjectId = subjectIsLead ? meeting.leadId : meeting.partnerId;
    const subjectName = firstName(subjectIsLead ? meeting.leadName : meeting.partnerName);
    const clock = await this.quarters.clock(ctx);
    const today = clock.today;

    const [actions, used] = await Promise.all([
      this.suggestions.openActions(ctx.db, ctx.orgId, meeting.seriesId),
      this.suggestions.usedKeys(ctx.db, ctx.orgId, meeting.id),
    ]);
    const facts: TalkingPointFacts = {
      today,
      personName: subjectName,
      staleAfterDays: clock.staleGoalDays,
      actionItems: actions.map((a) => ({ ...a, done: false })),
      excludedKeys: used,
    };

    if (policy.canReadGrowth(subjectId)) {
      const [goals, growth] = await Promise.all([
        this.goals.list(ctx, subjectId),
        this.assessments.personGrowth(ctx, subjectId, null),
      ]);
      facts.goals = goals
        .filter((g) => g.status === GoalStatus.ACTIVE || g.status === GoalStatus.AT_RISK)
        .map((g) => ({ id: g.id, title: g.title, lastCheckInDate: g.health.lastCheckInDate, startDate: g.startDate }));
      facts.selfAssessment = {
        quarterKey: growth.quarter.key,
        quarterLabel: growth.quarter.label,
        quarterEnd: growth.quarter.end,
        done: growth.selfCount > 0,
      };
      facts.disagreements = growth.competencies
        .filter((c) => c.disagreement && c.self && c.manager)
        .map((c) => ({
          competencyKey: c.competencyKey,
          competencyName: c.competencyName,
          quarterKey: growth.quarter.key,
          selfLabel: c.self?.ratingName ?? '',
          managerLabel: c.manager?.ratingName ?? '',
        }));
    }

    if (policy.canReadTimeline(subjectId)) {
      const thisWeek = mondayOf(today);
      const plan = await this.timeline.timeline(ctx, {
        from: addDays(thisWeek, -7 * WEEKS_BEHIND),
        weeks: WEEKS_BEHIND + WEEKS_AHEAD,
        personId: subjectId,
        offset: 0,
        limit: 1,
      });
      const row = plan.rows[0];
      if (row) {
        const weeks = row.weeks.map((week, i) => ({ ...week, monday: plan.weeks[i].monday }));
        facts.overAllocation = overAllocation(weeks.filter((w) => w.monday >= thisWeek));
        facts.developmentDrought = drought(weeks.filter((w) => w.monday <= thisWeek));
        facts.stretches = row.allocations
          .filter((a) => a.stretchGoals.length > 0 && a.startDate <= today && a.endDate >= today)
          .map((a) => ({
            allocationId: a.id,
            projectName: a.projectName ?? 'development time',
            goalTitle: a.stretchGoals[0].title,
            endDate: a.endDate,
          }));
      }
    }
    return suggestTalkingPoints(facts);
  }
}

interface PlanWeek {
  week: string;
  monday: string;
  capacityDays: number;
  allocatedShare: number;
  developmentShare: number;
  overAllocated: boolean;
}

function overAllocation(weeks: readonly PlanWeek[]): OverAllocationFact | null {
  const over = weeks.filter((w) => w.overAllocated);
  if (over.length === 0) return null;
  return { weeks: over.map((w) => w.week), peakPercent: Math.max(...over.map((w) => w.allocatedShare * 100)) };
}

/** The run of working weeks without development time that reaches this week, if it is long enough. */
function drought(weeks: readonly PlanWeek[], minWeeks = 4): DroughtFact | null {
  let run = null as DroughtFact | null;
  for (const week of weeks) {
    if (week.capacityDays <= 1e-9) continue; // away: neither counts nor breaks the run
    run =
      week.developmentShare > 1e-9
        ? null
        : { from: run?.from ?? week.week, to: week.week, weeks: (run?.weeks ?? 0) + 1 };
  }
  return run && run.weeks >= minWeeks ? run : null;
}

function toModel(s: SuggestedTalkingPoint): TalkingPointSuggestion {
  return { key: s.key, signal: s.signal as TalkingPointSignal, text: s.text, reason: s.reason, tags: s.tags };
}
