import { Args, Context, Int, Query, Resolver } from '@nestjs/graphql';
import { RequestContext } from '../../../context/request-context';
import { RecordRead } from './models/record-read.model';
import { RecordReadsService } from './record-reads.service';

@Resolver(() => RecordRead)
export class RecordReadsResolver {
  constructor(private readonly reads: RecordReadsService) {}

  @Query(() => [RecordRead], {
    description:
      'Who read the viewer’s records (kind and time, never content), newest first; the viewer’s own reads are left out.',
  })
  myRecordReads(
    @Context() ctx: RequestContext,
    @Args('limit', { type: () => Int, defaultValue: 50 }) limit: number,
  ): Promise<RecordRead[]> {
    return this.reads.mine(ctx, limit);
  }
}
