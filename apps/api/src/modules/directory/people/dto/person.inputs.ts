import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  Min,
  MinLength,
} from 'class-validator';
import { Track } from '../../../../common/enums';
import { IfPresent, MaxLength } from '../../../../common/validation';

const DATE = { strict: true, strictSeparator: true } as const;
// Names are trimmed before saving: one of spaces only would break the database's check.
const NOT_BLANK = [/\S/, { message: 'Enter a name.' }] as const;

@InputType()
export class CreatePersonInput {
  @Field() @IsString() @MinLength(1) @MaxLength(120) @Matches(...NOT_BLANK) name: string;
  @Field() @IsString() @MinLength(1) @MaxLength(120) title: string;
  @Field(() => Track) @IsEnum(Track) track: Track;
  @Field() @IsString() @MinLength(1) @MaxLength(80) level: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') teamId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') managerId?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date, e.g. 2024-03-01' })
  @IsOptional()
  @IsISO8601(DATE)
  startDate?: string | null;
  @Field(() => Float, { nullable: true, description: 'Defaults to the organization setting.' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(168)
  weeklyCapacityHours?: number | null;
}

@InputType()
export class UpdatePersonInput {
  @Field(() => Int) @IsInt() version: number;
  @Field({ nullable: true })
  @IfPresent()
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  @Matches(...NOT_BLANK)
  name?: string;
  @Field({ nullable: true }) @IfPresent() @IsString() @MinLength(1) @MaxLength(120) title?: string;
  @Field(() => Track, { nullable: true }) @IfPresent() @IsEnum(Track) track?: Track;
  @Field({ nullable: true }) @IfPresent() @IsString() @MinLength(1) @MaxLength(80) level?: string;
  @Field(() => ID, { nullable: true, description: 'null removes the person from their team.' })
  @IsOptional()
  @IsUUID('all')
  teamId?: string | null;
  @Field(() => ID, { nullable: true, description: 'null leaves the person without a manager.' })
  @IsOptional()
  @IsUUID('all')
  managerId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsISO8601(DATE) startDate?: string | null;
  @Field(() => Float, { nullable: true }) @IfPresent() @IsNumber() @Min(0) @Max(168) weeklyCapacityHours?: number;
  @Field(() => [Int], { nullable: true, description: 'ISO weekdays worked, 1 (Monday) to 7, each once.' })
  @IfPresent()
  @IsArray()
  @ArrayMinSize(1, { message: 'Choose at least one working day.' })
  @ArrayMaxSize(7)
  @ArrayUnique({ message: 'Each working day once.' })
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(7, { each: true })
  workingDays?: number[];
  @Field({ nullable: true }) @IfPresent() @IsBoolean() active?: boolean;
}

@InputType()
export class PeopleFilter {
  @Field(() => String, {
    nullable: true,
    description:
      'Words that must each appear in the name, title, team or manager name (and, for `peoplePage`, the level), ignoring case.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') teamId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only people in no team.' })
  @IsOptional()
  @IsBoolean()
  withoutTeam?: boolean | null;
  @Field(() => ID, { nullable: true, description: 'Direct reports of this person.' })
  @IsOptional()
  @IsUUID('all')
  managerId?: string | null;
  @Field(() => Boolean, { nullable: true, defaultValue: false }) @IsOptional() @IsBoolean() includeInactive?:
    boolean | null;
}
