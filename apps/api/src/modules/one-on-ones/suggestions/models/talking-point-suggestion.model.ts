import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum TalkingPointSignal {
  OVERDUE_ACTION = 'overdue_action',
  STALE_GOAL = 'stale_goal',
  MISSING_SELF_ASSESSMENT = 'missing_self_assessment',
  RATING_DISAGREEMENT = 'rating_disagreement',
  OVER_ALLOCATED = 'over_allocated',
  NO_DEVELOPMENT_TIME = 'no_development_time',
  STRETCH_ASSIGNMENT = 'stretch_assignment',
}
registerEnumType(TalkingPointSignal, {
  name: 'TalkingPointSignal',
  description: 'What Trellis noticed that makes a talking point worth suggesting.',
});

@ObjectType({ description: 'A talking point Trellis suggests for a meeting, from what it knows.' })
export class TalkingPointSuggestion {
  @Field({ description: 'Stable: adding or dismissing it is remembered for the meeting.' })
  key!: string;

  @Field(() => TalkingPointSignal)
  signal!: TalkingPointSignal;

  @Field({ description: 'What goes on the agenda when it is added.' })
  text!: string;

  @Field({ description: 'Why it is suggested, in one sentence.' })
  reason!: string;

  @Field(() => [String])
  tags!: string[];
}
