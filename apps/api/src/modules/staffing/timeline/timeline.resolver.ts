import { Args, Context, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { LocalDateScalar } from '../../../common/local-date.scalar';
import { RequestContext } from '../../../context/request-context';
import { WorkKind } from '../staffing.enums';
import { StaffingBalance, StaffingTimeline } from './models/timeline.model';
import { TimelineService } from './timeline.service';

/** The staffing views: thin, every figure is worked out in the domain. */
@Resolver()
export class TimelineResolver {
  constructor(private readonly timeline: TimelineService) {}

  @Query(() => StaffingTimeline, {
    description:
      'People × weeks from the Monday of `from`: the viewer’s own, their reports’ (managers) or everyone’s (admins).',
  })
  staffingTimeline(
    @Context() ctx: RequestContext,
    @Args('from', { type: () => LocalDateScalar }) from: string,
    @Args('weeks', { type: () => Int, defaultValue: 13 }) weeks: number,
    @Args('teamId', { type: () => ID, nullable: true }) teamId?: string | null,
    @Args('personId', { type: () => ID, nullable: true }) personId?: string | null,
    @Args('projectId', { type: () => ID, nullable: true }) projectId?: string | null,
    @Args('kind', { type: () => WorkKind, nullable: true }) kind?: WorkKind | null,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset = 0,
    @Args('limit', { type: () => Int, defaultValue: 100 }) limit = 100,
    @Args('scenarioId', {
      type: () => ID,
      nullable: true,
      description: 'Read the plan as this scenario leaves it: its changes marked, its figures counted.',
    })
    scenarioId?: string | null,
  ): Promise<StaffingTimeline> {
    return this.timeline.timeline(ctx, { from, weeks, teamId, personId, projectId, kind, offset, limit, scenarioId });
  }

  @Query(() => StaffingBalance, { description: 'Delivery, development and support per person and team for a quarter.' })
  staffingBalance(
    @Context() ctx: RequestContext,
    @Args('quarter', {
      type: () => String,
      nullable: true,
      description: 'e.g. "FY2027-Q1"; defaults to the current one.',
    })
    quarter?: string | null,
    @Args('teamId', { type: () => ID, nullable: true }) teamId?: string | null,
    @Args('scenarioId', { type: () => ID, nullable: true, description: 'As this scenario leaves the plan.' })
    scenarioId?: string | null,
  ): Promise<StaffingBalance> {
    return this.timeline.balance(ctx, quarter, teamId, scenarioId ?? null);
  }
}
