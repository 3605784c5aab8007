import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MinLength,
} from 'class-validator';
import { DAY_PATTERN, IfPresent, MaxLength, STRICT_DATE } from '../../../../common/validation';
import { EvidenceKind, IncidentRole, IncidentSeverity, LearningFormat } from '../../growth.enums';

const NOT_BLANK = [/\S/, { message: 'Enter a title.' }] as const;

@InputType()
export class EvidenceInput {
  @Field({ description: 'ISO date.' }) @Matches(...DAY_PATTERN) @IsISO8601(STRICT_DATE) date: string;
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
