import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Track } from '../../../../common/enums';

@ObjectType({ description: 'A member of the organization.' })
export class Person {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() title: string;
  @Field(() => Track) track: Track;
  @Field({ description: "The key of the person's level in the career framework." }) levelKey: string;
  @Field(() => String, { nullable: true, description: 'ISO date, e.g. 2024-03-01' }) startDate: string | null;
  @Field(() => Float) weeklyCapacityHours: number;
  @Field() active: boolean;
  @Field(() => Int, { description: 'Send it back on update; a stale version is refused.' }) version: number;
  teamId: string | null;
  managerId: string | null;
}

@ObjectType({ description: 'A page of people, sorted by name, and how many match in all.' })
export class PeoplePage {
  @Field(() => [Person]) nodes: Person[];
  @Field(() => Int) totalCount: number;
  @Field(() => Int, { description: 'How many matching people come before this page.' }) offset: number;
  @Field(() => Int) limit: number;
}
