import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { DAY_PATTERN, IfPresent, MaxLength, QUARTER_PATTERN, STRICT_DATE } from '../../../../common/validation';
import { CheckInConfidence, GoalStatus } from '../../growth.enums';

const NOT_BLANK = [/\S/, { message: 'Enter a title.' }] as const;

@InputType()
export class MilestoneInput {
  @Field(() => ID, { nullable: true, description: 'An existing milestone; leave out for a new one.' })
  @IsOptional()
  @IsUUID('all')
  id?: string | null;
  @Field() @IsString() @MinLength(1) @MaxLength(200) @Matches(/\S/, { message: 'Enter a milestone.' }) title: string;
  @Field({ defaultValue: false }) @IsBoolean() done: boolean;
}

@InputType()
export class CreateGoalInput {
  @Field(() => ID) @IsUUID('all') personId: string;
  @Field() @IsString() @MinLength(1) @MaxLength(200) @Matches(...NOT_BLANK) title: string;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(4000) description: string;
  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  competencyKeys: string[];
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(64) targetLevelKey?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(...QUARTER_PATTERN) dueQuarter?: string | null;
  @Field(() => GoalStatus, { defaultValue: GoalStatus.ACTIVE }) @IsEnum(GoalStatus) status: GoalStatus;
  @Field(() => [MilestoneInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => MilestoneInput)
  milestones: MilestoneInput[];
}

@InputType()
export class UpdateGoalInput {
  @Field(() => Int) @IsInt() version: number;
  @Field({ nullable: true })
  @IfPresent()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @Matches(...NOT_BLANK)
  title?: string;
  @Field({ nullable: true }) @IfPresent() @IsString() @MaxLength(4000) description?: string;
  @Field(() => [String], { nullable: true })
  @IfPresent()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  competencyKeys?: string[];
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(64) targetLevelKey?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(...QUARTER_PATTERN) dueQuarter?: string | null;
  @Field(() => GoalStatus, { nullable: true }) @IfPresent() @IsEnum(GoalStatus) status?: GoalStatus;
  @Field(() => [MilestoneInput], { nullable: true, description: 'The whole list, in order; missing ones go.' })
  @IfPresent()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => MilestoneInput)
  milestones?: MilestoneInput[];
}

@InputType()
export class GoalCheckInInput {
  @Field(() => String, { nullable: true, description: 'ISO date; defaults to today.' })
  @IsOptional()
  @Matches(...DAY_PATTERN)
  @IsISO8601(STRICT_DATE)
  date?: string | null;
  @Field(() => Int) @IsInt() @Min(0) @Max(100) progress: number;
  @Field(() => CheckInConfidence) @IsEnum(CheckInConfidence) confidence: CheckInConfidence;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(2000) note: string;
  @Field(() => ID, { nullable: true, description: 'The one-on-one it is made in, if any.' })
  @IsOptional()
  @IsUUID()
  meetingId?: string | null;
}
