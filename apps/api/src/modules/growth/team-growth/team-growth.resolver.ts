import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import { RequestContext } from '../../../context/request-context';
import { CompetencyDetail, GrowthOverview, TeamGrowth } from './models/team-growth.model';
import { TeamGrowthService } from './team-growth.service';

const QUARTER = {
  type: () => String,
  nullable: true,
  description: 'e.g. "FY2027-Q1"; defaults to the current quarter.',
};

/** The heatmap, a cell’s detail and Home’s overview: thin, every rule is in the service. */
@Resolver()
export class TeamGrowthResolver {
  constructor(private readonly teamGrowthService: TeamGrowthService) {}

  @Query(() => TeamGrowth, { description: 'The heatmap and readiness of the people a manager reaches.' })
  teamGrowth(
    @Context() ctx: RequestContext,
    @Args('teamId', { type: () => ID, nullable: true }) teamId?: string | null,
    @Args('quarter', QUARTER) quarter?: string | null,
  ): Promise<TeamGrowth> {
    return this.teamGrowthService.teamGrowth(ctx, teamId, quarter);
  }

  @Query(() => CompetencyDetail, { description: 'The ratings and evidence behind one heatmap cell.' })
  competencyDetail(
    @Context() ctx: RequestContext,
    @Args('personId', { type: () => ID }) personId: string,
    @Args('competencyKey') competencyKey: string,
    @Args('quarter', QUARTER) quarter?: string | null,
  ): Promise<CompetencyDetail> {
    return this.teamGrowthService.competencyDetail(ctx, personId, competencyKey, quarter);
  }

  @Query(() => GrowthOverview, { description: 'Goals needing a look and missing ratings, for Home.' })
  growthOverview(@Context() ctx: RequestContext): Promise<GrowthOverview> {
    return this.teamGrowthService.overview(ctx);
  }
}
