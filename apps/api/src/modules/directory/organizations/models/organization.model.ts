import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum OverAllocationRule {
  WARN = 'warn',
  REFUSE = 'refuse',
}
registerEnumType(OverAllocationRule, {
  name: 'OverAllocationRule',
  description: 'Whether a plan that puts someone above 100% of their time is saved with a warning or refused.',
});

@ObjectType()
export class OrganizationSettings {
  @Field(() => Int, { description: 'The month (1-12) the fiscal year and its first quarter start.' })
  fiscalQuarterStartMonth: number;
  @Field(() => Float) defaultWeeklyCapacityHours: number;
  @Field(() => Float, { description: 'Target share of time for development, from 0 to 1.' })
  targetDevelopmentShare: number;
  @Field(() => Int, { description: 'A goal with no check-in for longer than this many days is stale.' })
  staleGoalDays: number;
  @Field(() => OverAllocationRule) overAllocation: OverAllocationRule;
  @Field(() => Float, { description: 'Below this share of their capacity (0 to 1) a person counts as idle.' })
  idleBelow: number;
}

@ObjectType({ description: 'A quarter of the fiscal year, as the organization counts it.' })
export class FiscalQuarter {
  @Field(() => Int) fiscalYear: number;
  @Field(() => Int) quarter: number;
  @Field({ description: 'First day, ISO date.' }) start: string;
  @Field({ description: 'Last day, ISO date.' }) end: string;
  @Field({ description: 'e.g. "FY2027 Q1"' }) label: string;
}

@ObjectType({ description: 'The tenant: every record belongs to exactly one.' })
export class Organization {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => OrganizationSettings) settings: OrganizationSettings;
  @Field(() => Int) version: number;
  @Field(() => FiscalQuarter, { description: 'The fiscal quarter today falls in.' }) currentQuarter: FiscalQuarter;
}
