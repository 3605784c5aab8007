import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequestContext } from '../../../context/request-context';
import { CreateGoalInput, GoalCheckInInput, UpdateGoalInput } from './dto/goal.inputs';
import { Goal } from './models/goal.model';
import { GoalsService } from './goals.service';

/** Goals with milestones and check-ins: thin, every rule is in the service. */
@Resolver()
export class GoalsResolver {
  constructor(private readonly goalsService: GoalsService) {}

  @Query(() => [Goal], { description: 'A person’s goals: open ones first.' })
  goals(@Context() ctx: RequestContext, @Args('personId', { type: () => ID }) personId: string): Promise<Goal[]> {
    return this.goalsService.list(ctx, personId);
  }

  @Query(() => Goal)
  goal(@Context() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<Goal> {
    return this.goalsService.get(ctx, id);
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
}
