import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequestContext } from '../../../context/request-context';
import { TalkingPointSuggestion } from './models/talking-point-suggestion.model';
import { SuggestionsService } from './suggestions.service';

@Resolver(() => TalkingPointSuggestion)
export class SuggestionsResolver {
  constructor(private readonly suggestions: SuggestionsService) {}

  @Query(() => [TalkingPointSuggestion], {
    description:
      'Talking points Trellis suggests for a scheduled meeting (its participants only), most pressing first.',
  })
  meetingSuggestions(
    @Context() ctx: RequestContext,
    @Args('meetingId', { type: () => ID }) meetingId: string,
  ): Promise<TalkingPointSuggestion[]> {
    return this.suggestions.list(ctx, meetingId);
  }

  @Mutation(() => [TalkingPointSuggestion], {
    description: 'Puts a suggestion on the meeting’s agenda as the viewer’s point; returns the suggestions left.',
  })
  addSuggestedTalkingPoint(
    @Context() ctx: RequestContext,
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('key') key: string,
  ): Promise<TalkingPointSuggestion[]> {
    return this.suggestions.add(ctx, meetingId, key);
  }

  @Mutation(() => [TalkingPointSuggestion], {
    description: 'Stops suggesting this point for this meeting; returns the suggestions left.',
  })
  dismissTalkingPointSuggestion(
    @Context() ctx: RequestContext,
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('key') key: string,
  ): Promise<TalkingPointSuggestion[]> {
    return this.suggestions.dismiss(ctx, meetingId, key);
  }
}
