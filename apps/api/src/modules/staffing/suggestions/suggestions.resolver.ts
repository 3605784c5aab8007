import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import { RequestContext } from '../../../context/request-context';
import { NeedSuggestions } from './models/suggestion.model';
import { SuggestionsService } from './suggestions.service';

/** Growth-aware suggestions: thin, the ranking is the domain's. */
@Resolver()
export class SuggestionsResolver {
  constructor(private readonly suggestions: SuggestionsService) {}

  @Query(() => NeedSuggestions, {
    description: 'The people a manager reaches, ranked for an open need: free time × fit × growth value, explained.',
  })
  needSuggestions(
    @Context() ctx: RequestContext,
    @Args('needId', { type: () => ID }) needId: string,
  ): Promise<NeedSuggestions> {
    return this.suggestions.forNeed(ctx, needId);
  }
}
