import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsNumber, Max, Min } from 'class-validator';
import { OverAllocationRule } from '../models/organization.model';
import { IfPresent } from '../../../../common/validation';

@InputType()
export class UpdateOrganizationSettingsInput {
  @Field(() => Int, { nullable: true }) @IfPresent() @IsInt() @Min(1) @Max(12) fiscalQuarterStartMonth?: number;
  @Field(() => Float, { nullable: true })
  @IfPresent()
  @IsNumber()
  @Min(1)
  @Max(168)
  defaultWeeklyCapacityHours?: number;
  @Field(() => Float, { nullable: true }) @IfPresent() @IsNumber() @Min(0) @Max(1) targetDevelopmentShare?: number;
  @Field(() => Int, { nullable: true }) @IfPresent() @IsInt() @Min(1) @Max(365) staleGoalDays?: number;
  @Field(() => OverAllocationRule, { nullable: true })
  @IfPresent()
  @IsEnum(OverAllocationRule)
  overAllocation?: OverAllocationRule;
  @Field(() => Float, { nullable: true }) @IfPresent() @IsNumber() @Min(0) @Max(1) idleBelow?: number;
  @Field(() => Int, {
    nullable: true,
    description: 'The version the settings were read at; when given, a stale one is refused (CONFLICT).',
  })
  @IfPresent()
  @IsInt()
  version?: number;
}
