import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A fiscal quarter by its stable key.' })
export class Quarter {
  @Field({ description: 'e.g. "FY2027-Q1"; sorts in time order.' }) key: string;
  @Field({ description: 'e.g. "FY2027 Q1"' }) label: string;
  @Field({ description: 'First day, ISO date.' }) start: string;
  @Field({ description: 'Last day, ISO date.' }) end: string;
}

@ObjectType({ description: 'One rung of a track’s rating scale; position 0 is below expectations.' })
export class RatingRung {
  @Field(() => Int) position: number;
  @Field() key: string;
  @Field() name: string;
  @Field() summary: string;
  @Field({ description: 'Kept for old ratings; not offered for new ones.' }) retired: boolean;
}

@ObjectType({ description: 'A competency as records point at it.' })
export class CompetencyRef {
  @Field() key: string;
  @Field({ description: 'The current name; the key when the framework no longer has it.' }) name: string;
  @Field() areaName: string;
}
