import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { StretchGoal } from '../../allocations/models/allocation.model';
import { StaffedPerson } from '../../timeline/models/timeline.model';

@ObjectType({ description: 'Someone who could fill an open need, and why: seen by the manager chain only.' })
export class StaffingSuggestion {
  @Field(() => StaffedPerson) person: StaffedPerson;
  @Field(() => Float, { description: 'capacity fit × competency fit × (1 + growth value); higher first.' })
  score: number;
  @Field(() => Float, { description: 'Free time in the need’s weeks against what it asks, 0 to 1.' })
  capacityFit: number;
  @Field(() => Float, { description: 'Manager ratings against the need’s minimum levels, 0 to 1.' })
  competencyFit: number;
  @Field(() => Float, { description: 'Share of what the need exercises that the person is growing, 0 to 1.' })
  growthValue: number;
  @Field(() => StretchGoal, { nullable: true, description: 'The goal the work would stretch toward, if any.' })
  stretchGoal: StretchGoal | null;
  @Field(() => [String]) meets: string[];
  @Field(() => [String]) below: string[];
  @Field(() => [String], { description: 'Competencies of the need the person’s goals aim at.' }) grows: string[];
  @Field({ description: 'One sentence a manager can read.' }) explanation: string;
}

@ObjectType()
export class NeedSuggestions {
  @Field(() => ID) needId: string;
  @Field() role: string;
  @Field() projectName: string;
  @Field(() => Int) percent: number;
  @Field(() => Int) openPercent: number;
  @Field(() => [StaffingSuggestion]) suggestions: StaffingSuggestion[];
}
