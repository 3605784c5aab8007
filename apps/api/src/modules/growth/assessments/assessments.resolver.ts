import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequestContext } from '../../../context/request-context';
import { SaveAssessmentsInput } from './dto/assessment.inputs';
import { AssessmentRelease, PersonGrowth } from './models/assessment.model';
import { AssessmentsService } from './assessments.service';

const QUARTER = {
  type: () => String,
  nullable: true,
  description: 'e.g. "FY2027-Q1"; defaults to the current quarter.',
};

/** A person’s ratings, saved and shared: thin, every rule is in the service. */
@Resolver()
export class AssessmentsResolver {
  constructor(private readonly assessments: AssessmentsService) {}

  @Query(() => PersonGrowth, { description: 'A person’s ratings for a quarter, against their level.' })
  personGrowth(
    @Context() ctx: RequestContext,
    @Args('personId', { type: () => ID }) personId: string,
    @Args('quarter', QUARTER) quarter?: string | null,
  ): Promise<PersonGrowth> {
    return this.assessments.personGrowth(ctx, personId, quarter);
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
}
