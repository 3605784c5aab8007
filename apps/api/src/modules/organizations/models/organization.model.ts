import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class OrganizationSettings {
  @Field(() => Int, { description: 'The month (1-12) the fiscal year and its first quarter start.' })
  fiscalQuarterStartMonth: number;
  @Field(() => Float) defaultWeeklyCapacityHours: number;
  @Field(() => Float, { description: 'Target share of time for development, from 0 to 1.' })
  targetDevelopmentShare: number;
}

@ObjectType({ description: 'The tenant: every record belongs to exactly one.' })
export class Organization {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => OrganizationSettings) settings: OrganizationSettings;
  @Field(() => Int) version: number;
}
