import { Args, Context, ID, Int, Mutation, Resolver } from '@nestjs/graphql';
import { RequestContext } from '../../../context/request-context';
import { AllocationsService } from './allocations.service';
import { CreateAllocationInput, UpdateAllocationInput } from './dto/allocation.inputs';
import { AllocationResult } from './models/allocation.model';

/** Planning people's time: thin, every rule is in the service. */
@Resolver()
export class AllocationsResolver {
  constructor(private readonly allocations: AllocationsService) {}

  @Mutation(() => AllocationResult, {
    description: 'Plans a share of a person’s time; warns (or, by the organization’s rule, refuses) above 100%.',
  })
  createAllocation(
    @Context() ctx: RequestContext,
    @Args('input') input: CreateAllocationInput,
  ): Promise<AllocationResult> {
    return this.allocations.create(ctx, input);
  }

  @Mutation(() => AllocationResult)
  updateAllocation(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateAllocationInput,
  ): Promise<AllocationResult> {
    return this.allocations.update(ctx, id, input);
  }

  @Mutation(() => ID, { description: 'Removes an allocation from the plan; returns its id.' })
  deleteAllocation(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<string> {
    return this.allocations.delete(ctx, id, version);
  }
}
