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
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IfPresent } from '../../../common/validation';
import {
  AssessmentSource,
  CheckInConfidence,
  EvidenceKind,
  GoalStatus,
  IncidentRole,
  IncidentSeverity,
  LearningFormat,
} from '../growth.enums';

const DATE = { strict: true, strictSeparator: true } as const;
// IsISO8601 also takes '2026', '2026-11', week dates and timestamps: a day is YYYY-MM-DD.
const DAY = [/^\d{4}-\d{2}-\d{2}$/, { message: 'Give a date like 2026-03-01.' }] as const;
const QUARTER = [/^FY\d{4}-Q[1-4]$/, { message: 'Give a quarter like FY2027-Q1.' }] as const;
const NOT_BLANK = [/\S/, { message: 'Enter a title.' }] as const;

@InputType()
export class RatingInput {
  @Field() @IsString() @MaxLength(64) competencyKey: string;
  @Field({ description: 'A level key of the person’s track, or below_expectations.' })
  @IsString()
  @MaxLength(64)
  rating: string;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(2000) comment: string;
  @Field(() => Int, { nullable: true, description: 'The version read; leave out for a new rating.' })
  @IsOptional()
  @IsInt()
  version?: number | null;
}

@InputType({ description: 'Ratings of one person, one quarter, one source; saved all or nothing.' })
export class SaveAssessmentsInput {
  @Field(() => ID) @IsUUID('all') personId: string;
  @Field(() => AssessmentSource) @IsEnum(AssessmentSource) source: AssessmentSource;
  @Field(() => String, { nullable: true, description: 'Defaults to the current quarter.' })
  @IsOptional()
  @Matches(...QUARTER)
  quarter?: string | null;
  @Field(() => [RatingInput])
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => RatingInput)
  ratings: RatingInput[];
}

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
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(...QUARTER) dueQuarter?: string | null;
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
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(...QUARTER) dueQuarter?: string | null;
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
  @Matches(...DAY)
  @IsISO8601(DATE)
  date?: string | null;
  @Field(() => Int) @IsInt() @Min(0) @Max(100) progress: number;
  @Field(() => CheckInConfidence) @IsEnum(CheckInConfidence) confidence: CheckInConfidence;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(2000) note: string;
}

@InputType()
export class EvidenceInput {
  @Field({ description: 'ISO date.' }) @Matches(...DAY) @IsISO8601(DATE) date: string;
  @Field(() => EvidenceKind) @IsEnum(EvidenceKind) kind: EvidenceKind;
  @Field() @IsString() @MinLength(1) @MaxLength(200) @Matches(...NOT_BLANK) title: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  @Matches(/^https?:\/\/\S+$/, { message: 'Give a link that starts with http:// or https://.' })
  link?: string | null;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(4000) impact: string;
  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  competencyKeys: string[];
  @Field(() => IncidentRole, { nullable: true }) @IsOptional() @IsEnum(IncidentRole) incidentRole?: IncidentRole | null;
  @Field(() => IncidentSeverity, { nullable: true })
  @IsOptional()
  @IsEnum(IncidentSeverity)
  incidentSeverity?: IncidentSeverity | null;
  @Field(() => LearningFormat, { nullable: true })
  @IsOptional()
  @IsEnum(LearningFormat)
  learningFormat?: LearningFormat | null;
}

@InputType()
export class CreateEvidenceInput extends EvidenceInput {
  @Field(() => ID) @IsUUID('all') personId: string;
  @Field(() => [ID], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  goalIds: string[];
}

@InputType()
export class UpdateEvidenceInput extends EvidenceInput {
  @Field(() => Int) @IsInt() version: number;
  @Field(() => [ID], { nullable: true, description: 'The linked goals; left out, the links stay as they are.' })
  @IfPresent()
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  goalIds?: string[];
}
