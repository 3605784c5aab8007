import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { LocalDateScalar } from '../../../../common/local-date.scalar';
import { IfPresent, MaxLength } from '../../../../common/validation';
import { ProjectStatus, WorkKind } from '../../staffing.enums';

const NOT_BLANK = [/\S/, { message: 'Enter a name.' }] as const;

@InputType()
export class ProjectFilter {
  @Field(() => [ProjectStatus], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(4)
  statuses?: ProjectStatus[];
  @Field(() => ID, { nullable: true, description: 'Projects of this team and the teams nested under it.' })
  @IsOptional()
  @IsUUID()
  teamId?: string;
}

@InputType()
export class CreateProjectInput {
  @Field() @IsString() @MinLength(1) @MaxLength(120) @Matches(...NOT_BLANK) name: string;
  @Field(() => WorkKind) @IsEnum(WorkKind) kind: WorkKind;
  @Field(() => ProjectStatus, { defaultValue: ProjectStatus.PROPOSED }) @IsEnum(ProjectStatus) status: ProjectStatus;
  @Field(() => Int, { defaultValue: 2 }) @IsInt() @Min(1) @Max(4) priority: number;
  @Field(() => LocalDateScalar) @IsString() startDate: string;
  @Field(() => LocalDateScalar) @IsString() endDate: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() teamId?: string | null;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(4000) description: string;
}

@InputType()
export class UpdateProjectInput {
  @Field(() => Int, { description: 'The version read; a stale one is refused (CONFLICT).' }) @IsInt() version: number;
  @Field({ nullable: true })
  @IfPresent()
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  @Matches(...NOT_BLANK)
  name?: string;
  @Field(() => WorkKind, { nullable: true }) @IfPresent() @IsEnum(WorkKind) kind?: WorkKind;
  @Field(() => ProjectStatus, { nullable: true }) @IfPresent() @IsEnum(ProjectStatus) status?: ProjectStatus;
  @Field(() => Int, { nullable: true }) @IfPresent() @IsInt() @Min(1) @Max(4) priority?: number;
  @Field(() => LocalDateScalar, { nullable: true }) @IfPresent() @IsString() startDate?: string;
  @Field(() => LocalDateScalar, { nullable: true }) @IfPresent() @IsString() endDate?: string;
  @Field(() => ID, { nullable: true, description: 'null leaves the project without a team.' })
  @IsOptional()
  @IsUUID()
  teamId?: string | null;
  @Field({ nullable: true }) @IfPresent() @IsString() @MaxLength(4000) description?: string;
}

@InputType()
export class NeedCompetencyInput {
  @Field() @IsString() @MinLength(1) @MaxLength(64) competencyKey: string;
  @Field({ description: 'The lowest level of the framework that fills the need.' })
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  minLevelKey: string;
}

@InputType()
export class ProjectNeedInput {
  @Field() @IsString() @MinLength(1) @MaxLength(120) @Matches(/\S/, { message: 'Name the role.' }) role: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(100) percent: number;
  @Field(() => LocalDateScalar) @IsString() startDate: string;
  @Field(() => LocalDateScalar) @IsString() endDate: string;
  @Field(() => [NeedCompetencyInput])
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => NeedCompetencyInput)
  competencies: NeedCompetencyInput[];
}

@InputType()
export class UpdateProjectNeedInput extends ProjectNeedInput {
  @Field(() => Int) @IsInt() version: number;
}
