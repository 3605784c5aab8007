import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Track } from '../../../common/enums';

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
