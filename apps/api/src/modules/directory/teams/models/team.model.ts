import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A named group of people with a lead; teams can nest.' })
export class Team {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => Int) version: number;
  leadId: string | null;
  parentId: string | null;
}
