import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { LocalDateScalar } from '../../../common/local-date.scalar';
import { RequestContext } from '../../../context/request-context';
import { CreateAllocationInput, UpdateAllocationInput } from '../allocations/dto/allocation.inputs';
import { AllocationResult } from '../allocations/models/allocation.model';
import { CreateScenarioInput, RenameScenarioInput } from './dto/scenario.inputs';
import { Scenario, ScenarioComparison } from './models/scenario.model';
import { ScenariosService } from './scenarios.service';

/** Scenarios: thin, every rule is in the service. */
@Resolver()
export class ScenariosResolver {
  constructor(private readonly service: ScenariosService) {}

  @Query(() => [Scenario], {
    description: 'The viewer’s scenarios (a manager’s own; every one for admins), drafts first.',
  })
  scenarios(
    @Context() ctx: RequestContext,
    @Args('includeClosed', { type: () => Boolean, defaultValue: false }) includeClosed: boolean,
  ): Promise<Scenario[]> {
    return this.service.list(ctx, includeClosed);
  }

  @Query(() => Scenario)
  scenario(@Context() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<Scenario> {
    return this.service.get(ctx, id);
  }

  @Query(() => ScenarioComparison, {
    description:
      'Today’s plan and the plan as the scenario leaves it, side by side: over the weeks it touches unless `from` is given.',
  })
  scenarioComparison(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('from', { type: () => LocalDateScalar, nullable: true }) from?: string | null,
    @Args('weeks', { type: () => Int, nullable: true }) weeks?: number | null,
  ): Promise<ScenarioComparison> {
    return this.service.comparison(ctx, id, from, weeks);
  }

  @Mutation(() => Scenario, { description: 'A new, empty draft over the current plan.' })
  createScenario(@Context() ctx: RequestContext, @Args('input') input: CreateScenarioInput): Promise<Scenario> {
    return this.service.create(ctx, input);
  }

  @Mutation(() => Scenario)
  renameScenario(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: RenameScenarioInput,
  ): Promise<Scenario> {
    return this.service.rename(ctx, id, input);
  }

  @Mutation(() => Scenario, { description: 'Closes a draft unapplied: the plan stays as it is.' })
  discardScenario(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<Scenario> {
    return this.service.discard(ctx, id, version);
  }

  @Mutation(() => Scenario, {
    description:
      'Applies every change in one transaction; CONFLICT naming the allocation when the plan moved since, and nothing applied.',
  })
  applyScenario(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int, description: 'The version compared; a newer one is refused.' }) version: number,
  ): Promise<Scenario> {
    return this.service.apply(ctx, id, version);
  }

  @Mutation(() => AllocationResult, { description: 'New work in the scenario; the plan is unchanged.' })
  addScenarioAllocation(
    @Context() ctx: RequestContext,
    @Args('scenarioId', { type: () => ID }) scenarioId: string,
    @Args('input') input: CreateAllocationInput,
  ): Promise<AllocationResult> {
    return this.service.addAllocation(ctx, scenarioId, input);
  }

  @Mutation(() => AllocationResult, {
    description: 'Changes a plan allocation (as a draft copy) or one of the scenario’s drafts; the plan is unchanged.',
  })
  changeScenarioAllocation(
    @Context() ctx: RequestContext,
    @Args('scenarioId', { type: () => ID }) scenarioId: string,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateAllocationInput,
  ): Promise<AllocationResult> {
    return this.service.changeAllocation(ctx, scenarioId, id, input);
  }

  @Mutation(() => ID, {
    description: 'Removes an allocation in the scenario (a plan one is marked removed); the plan is unchanged.',
  })
  removeScenarioAllocation(
    @Context() ctx: RequestContext,
    @Args('scenarioId', { type: () => ID }) scenarioId: string,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<string> {
    return this.service.removeAllocation(ctx, scenarioId, id, version);
  }

  @Mutation(() => ID, {
    description: 'Drops the scenario’s change to an allocation, so the plan’s shows through again.',
  })
  restoreScenarioAllocation(
    @Context() ctx: RequestContext,
    @Args('scenarioId', { type: () => ID }) scenarioId: string,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<string> {
    return this.service.restoreAllocation(ctx, scenarioId, id);
  }
}
