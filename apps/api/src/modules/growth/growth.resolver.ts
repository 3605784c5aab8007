import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequestContext } from '../../graphql/request-context';
import { AssessmentsService } from './assessments.service';
import {
  CreateEvidenceInput,
  CreateGoalInput,
  GoalCheckInInput,
  SaveAssessmentsInput,
  UpdateEvidenceInput,
  UpdateGoalInput,
} from './dto/growth.inputs';
import { EvidenceService } from './evidence.service';
import { GoalsService } from './goals.service';
import { AssessmentRelease, PersonGrowth } from './models/assessment.model';
import { Evidence } from './models/evidence.model';
import { Goal } from './models/goal.model';
import { CompetencyDetail, GrowthOverview, TeamGrowth } from './models/team-growth.model';
import { TeamGrowthService } from './team-growth.service';

const QUARTER = {
  type: () => String,
  nullable: true,
  description: 'e.g. "FY2027-Q1"; defaults to the current quarter.',
};

/** Assessments, goals, evidence and the figures on them: thin, every rule is in the services. */
@Resolver()
export class GrowthResolver {
  constructor(
    private readonly assessments: AssessmentsService,
    private readonly goalsService: GoalsService,
    private readonly evidenceService: EvidenceService,
    private readonly teamGrowthService: TeamGrowthService,
  ) {}

  @Query(() => PersonGrowth, { description: 'A person’s ratings for a quarter, against their level.' })
  personGrowth(
    @Context() ctx: RequestContext,
    @Args('personId', { type: () => ID }) personId: string,
    @Args('quarter', QUARTER) quarter?: string | null,
  ): Promise<PersonGrowth> {
    return this.assessments.personGrowth(ctx, personId, quarter);
  }

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

  @Query(() => [Goal], { description: 'A person’s goals: open ones first.' })
  goals(@Context() ctx: RequestContext, @Args('personId', { type: () => ID }) personId: string): Promise<Goal[]> {
    return this.goalsService.list(ctx, personId);
  }

  @Query(() => Goal)
  goal(@Context() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<Goal> {
    return this.goalsService.get(ctx, id);
  }

  @Query(() => [Evidence], { description: 'A person’s evidence, newest first.' })
  evidence(
    @Context() ctx: RequestContext,
    @Args('personId', { type: () => ID }) personId: string,
    @Args('competencyKey', { type: () => String, nullable: true }) competencyKey?: string | null,
  ): Promise<Evidence[]> {
    return this.evidenceService.list(ctx, personId, competencyKey);
  }

  @Mutation(() => PersonGrowth, {
    description: 'Saves ratings of one person, quarter and source, all or nothing; returns the quarter.',
  })
  saveAssessments(@Context() ctx: RequestContext, @Args('input') input: SaveAssessmentsInput): Promise<PersonGrowth> {
    return this.assessments.save(ctx, input);
  }

  @Mutation(() => AssessmentRelease, {
    description: 'Shares (or unshares) a quarter’s manager ratings with the person.',
  })
  shareManagerRatings(
    @Context() ctx: RequestContext,
    @Args('personId', { type: () => ID }) personId: string,
    @Args('quarter') quarter: string,
    @Args('shared', { type: () => Boolean, defaultValue: true }) shared: boolean,
  ): Promise<AssessmentRelease> {
    return this.assessments.share(ctx, personId, quarter, shared);
  }

  @Mutation(() => Goal)
  createGoal(@Context() ctx: RequestContext, @Args('input') input: CreateGoalInput): Promise<Goal> {
    return this.goalsService.create(ctx, input);
  }

  @Mutation(() => Goal)
  updateGoal(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateGoalInput,
  ): Promise<Goal> {
    return this.goalsService.update(ctx, id, input);
  }

  @Mutation(() => Goal, { description: 'Records progress; the confidence moves the goal between active and at risk.' })
  checkInGoal(
    @Context() ctx: RequestContext,
    @Args('goalId', { type: () => ID }) goalId: string,
    @Args('input') input: GoalCheckInInput,
  ): Promise<Goal> {
    return this.goalsService.checkIn(ctx, goalId, input);
  }

  @Mutation(() => Goal)
  setMilestoneDone(
    @Context() ctx: RequestContext,
    @Args('milestoneId', { type: () => ID }) milestoneId: string,
    @Args('done') done: boolean,
  ): Promise<Goal> {
    return this.goalsService.setMilestoneDone(ctx, milestoneId, done);
  }

  @Mutation(() => Evidence)
  addEvidence(@Context() ctx: RequestContext, @Args('input') input: CreateEvidenceInput): Promise<Evidence> {
    return this.evidenceService.create(ctx, input);
  }

  @Mutation(() => Evidence)
  updateEvidence(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateEvidenceInput,
  ): Promise<Evidence> {
    return this.evidenceService.update(ctx, id, input);
  }

  @Mutation(() => ID, { description: 'Deletes an entry of evidence; returns its id.' })
  deleteEvidence(@Context() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.evidenceService.delete(ctx, id);
  }
}
