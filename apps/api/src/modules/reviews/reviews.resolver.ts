import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequestContext } from '../../context/request-context';
import {
  AdjustReadinessInput,
  CloseReviewCycleInput,
  OpenReviewCycleInput,
  ReflectOnReviewInput,
  ReviewVersionInput,
  WriteReviewInput,
} from './dto/review.inputs';
import { ReviewCalibration, ReviewTeamReport } from './models/review-report.model';
import { Review, ReviewCycle, ReviewCyclesOverview } from './models/review.model';
import { ReviewReportsService } from './report/review-reports.service';
import { ReviewsService } from './reviews.service';

/** Quarterly reviews: thin, every rule is in the service. */
@Resolver()
export class ReviewsResolver {
  constructor(
    private readonly reviewsService: ReviewsService,
    private readonly reports: ReviewReportsService,
  ) {}

  @Query(() => ReviewCyclesOverview, {
    description: 'Every review cycle (newest quarter first) with its progress over the reviews the viewer reads.',
  })
  reviewCycles(@Context() ctx: RequestContext): Promise<ReviewCyclesOverview> {
    return this.reviewsService.overview(ctx);
  }

  @Query(() => ReviewCycle, { description: 'A cycle with the reviews the viewer reads: their reach’s and their own.' })
  reviewCycle(@Context() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<ReviewCycle> {
    return this.reviewsService.cycle(ctx, id);
  }

  @Query(() => Review, { description: 'One review with its packet: the person and their manager chain only.' })
  review(@Context() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<Review> {
    return this.reviewsService.review(ctx, id);
  }

  @Query(() => ReviewCalibration, {
    description:
      'Readiness calls and ratings against the level per manager and per team of the viewer’s reach (managers).',
  })
  reviewCalibration(
    @Context() ctx: RequestContext,
    @Args('cycleId', { type: () => ID }) cycleId: string,
  ): Promise<ReviewCalibration> {
    return this.reports.calibration(ctx, cycleId);
  }

  @Query(() => ReviewTeamReport, {
    description: 'The quarterly report of the viewer’s reach: this cycle against the ones before it (managers).',
  })
  reviewTeamReport(
    @Context() ctx: RequestContext,
    @Args('cycleId', { type: () => ID }) cycleId: string,
  ): Promise<ReviewTeamReport> {
    return this.reports.teamReport(ctx, cycleId);
  }

  @Mutation(() => ReviewCycle, {
    description: 'Opens the review of a quarter, with a review for every active person (admins and directors).',
  })
  openReviewCycle(@Context() ctx: RequestContext, @Args('input') input: OpenReviewCycleInput): Promise<ReviewCycle> {
    return this.reviewsService.open(ctx, input);
  }

  @Mutation(() => ReviewCycle, {
    description:
      'Closes a cycle and freezes every packet and the team figures; refused while reviews are unshared unless confirmed (admins and directors).',
  })
  closeReviewCycle(@Context() ctx: RequestContext, @Args('input') input: CloseReviewCycleInput): Promise<ReviewCycle> {
    return this.reviewsService.close(ctx, input);
  }

  @Mutation(() => Review, {
    description: 'Saves the manager’s summary, strengths, focus and readiness (manager chain).',
  })
  writeReview(@Context() ctx: RequestContext, @Args('input') input: WriteReviewInput): Promise<Review> {
    return this.reviewsService.write(ctx, input);
  }

  @Mutation(() => Review, { description: 'Shares the review with the person (manager chain).' })
  shareReview(@Context() ctx: RequestContext, @Args('input') input: ReviewVersionInput): Promise<Review> {
    return this.reviewsService.share(ctx, input);
  }

  @Mutation(() => Review, { description: 'Saves the person’s reflection on their quarter (the person only).' })
  reflectOnReview(@Context() ctx: RequestContext, @Args('input') input: ReflectOnReviewInput): Promise<Review> {
    return this.reviewsService.reflect(ctx, input);
  }

  @Mutation(() => Review, { description: 'The person acknowledges their shared review.' })
  acknowledgeReview(@Context() ctx: RequestContext, @Args('input') input: ReviewVersionInput): Promise<Review> {
    return this.reviewsService.acknowledge(ctx, input);
  }

  @Mutation(() => Review, {
    description: 'Turns the review’s focus for next quarter into a draft goal of the person, once (manager chain).',
  })
  draftGoalFromReviewFocus(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Review> {
    return this.reviewsService.draftGoalFromFocus(ctx, id);
  }

  @Mutation(() => Review, {
    description: 'A director changes a readiness in their reach, with the reason (calibration; kept).',
  })
  adjustReviewReadiness(@Context() ctx: RequestContext, @Args('input') input: AdjustReadinessInput): Promise<Review> {
    return this.reviewsService.adjustReadiness(ctx, input);
  }
}
