import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, Max, Min } from 'class-validator';
import { LocalDateScalar } from '../../../common/local-date.scalar';
import { IfPresent, MaxLength } from '../../../common/validation';
import { OneOnOneCadence, OneOnOneKind } from '../one-on-ones.enums';

const TIME = [/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'Give a time like 09:30.' }] as const;

@InputType()
export class StartOneOnOneSeriesInput {
  @Field(() => OneOnOneKind) @IsEnum(OneOnOneKind) kind: OneOnOneKind;
  @Field(() => ID, { description: 'The manager, skip-level manager or mentor.' }) @IsUUID() leadId: string;
  @Field(() => ID) @IsUUID() partnerId: string;
  @Field(() => OneOnOneCadence) @IsEnum(OneOnOneCadence) cadence: OneOnOneCadence;
  @Field(() => Int, { description: 'ISO weekday: 1 Monday … 7 Sunday.' }) @IsInt() @Min(1) @Max(7) weekday: number;
  @Field({ description: 'Local start time, HH:MM.' }) @IsString() @Matches(...TIME) startTime: string;
  @Field(() => Int, { defaultValue: 30 }) @IsInt() @Min(5) @Max(240) durationMinutes: number;
  @Field({ description: 'IANA time zone, e.g. Europe/Berlin.' }) @IsString() @MaxLength(64) timeZone: string;
  @Field(() => ID, { nullable: true, description: 'A template: "builtin:<key>" or an organization template’s id.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  templateId?: string | null;
}

@InputType({ description: 'Changes every future meeting of the series.' })
export class UpdateOneOnOneSeriesInput {
  @Field(() => Int) @IsInt() version: number;
  @Field(() => OneOnOneCadence, { nullable: true }) @IfPresent() @IsEnum(OneOnOneCadence) cadence?: OneOnOneCadence;
  @Field(() => Int, { nullable: true }) @IfPresent() @IsInt() @Min(1) @Max(7) weekday?: number;
  @Field({ nullable: true }) @IfPresent() @IsString() @Matches(...TIME) startTime?: string;
  @Field(() => Int, { nullable: true }) @IfPresent() @IsInt() @Min(5) @Max(240) durationMinutes?: number;
  @Field({ nullable: true }) @IfPresent() @IsString() @MaxLength(64) timeZone?: string;
}

@InputType()
export class OneOnOneTemplateInput {
  @Field() @IsString() @MaxLength(100) name: string;
  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  points: string[];
}

@InputType()
export class TalkingPointInput {
  @Field() @IsString() @MaxLength(500) text: string;
  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  tags: string[];
}

@InputType()
export class UpdateTalkingPointInput {
  @Field(() => Int) @IsInt() version: number;
  @Field({ nullable: true }) @IfPresent() @IsString() @MaxLength(500) text?: string;
  @Field(() => [String], { nullable: true })
  @IfPresent()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  tags?: string[];
}

@InputType()
export class ActionItemInput {
  @Field() @IsString() @MaxLength(500) text: string;
  @Field(() => ID, { description: 'Either participant.' }) @IsUUID() ownerId: string;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @IsString() dueDate?: string | null;
}

@InputType()
export class UpdateActionItemInput {
  @Field(() => Int) @IsInt() version: number;
  @Field({ nullable: true }) @IfPresent() @IsString() @MaxLength(500) text?: string;
  @Field(() => ID, { nullable: true }) @IfPresent() @IsUUID() ownerId?: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Null clears the due date.' })
  @IsOptional()
  @IsString()
  dueDate?: string | null;
}
