import { Args, Context, ID, Int, Mutation, Resolver } from '@nestjs/graphql';
import { RequestContext } from '../../../context/request-context';
import { CreateTimeOffInput, UpdateTimeOffInput } from './dto/time-off.inputs';
import { TimeOff } from './models/time-off.model';
import { TimeOffService } from './time-off.service';

/** Time off: thin, every rule is in the service. */
@Resolver()
export class TimeOffResolver {
  constructor(private readonly timeOff: TimeOffService) {}

  @Mutation(() => TimeOff)
  addTimeOff(@Context() ctx: RequestContext, @Args('input') input: CreateTimeOffInput): Promise<TimeOff> {
    return this.timeOff.create(ctx, input);
  }

  @Mutation(() => TimeOff)
  updateTimeOff(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateTimeOffInput,
  ): Promise<TimeOff> {
    return this.timeOff.update(ctx, id, input);
  }

  @Mutation(() => ID, { description: 'Removes time off; returns its id.' })
  deleteTimeOff(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<string> {
    return this.timeOff.delete(ctx, id, version);
  }
}
