import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, Min } from 'class-validator';
import { LocalDateScalar } from '../../../../common/local-date.scalar';
import { IfPresent, MaxLength } from '../../../../common/validation';
import { AllocationStatus, WorkKind } from '../../staffing.enums';

@InputType()
export class CreateAllocationInput {
  @Field(() => ID) @IsUUID() personId: string;
  @Field(() => ID, { nullable: true, description: 'Leave out for development time without a project.' })
  @IsOptional()
  @IsUUID()
  projectId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The project need it fills.' }) @IsOptional() @IsUUID() needId?:
    string | null;
  @Field(() => WorkKind, { nullable: true, description: 'Defaults to the project’s kind (development without one).' })
  @IsOptional()
  @IsEnum(WorkKind)
  kind?: WorkKind | null;
  @Field(() => Int) @IsInt() @Min(1) @Max(100) percent: number;
  @Field(() => LocalDateScalar) @IsString() startDate: string;
  @Field(() => LocalDateScalar) @IsString() endDate: string;
  @Field(() => AllocationStatus, { defaultValue: AllocationStatus.CONFIRMED })
  @IsEnum(AllocationStatus)
  status: AllocationStatus;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(1000) note: string;
  @Field(() => [ID], { defaultValue: [], description: 'Goals it stretches toward (the person’s manager chain only).' })
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  goalIds: string[];
}

@InputType()
export class UpdateAllocationInput {
  @Field(() => Int, { description: 'The version read; a stale one is refused (CONFLICT).' }) @IsInt() version: number;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() projectId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() needId?: string | null;
  @Field(() => WorkKind, { nullable: true }) @IfPresent() @IsEnum(WorkKind) kind?: WorkKind;
  @Field(() => Int, { nullable: true }) @IfPresent() @IsInt() @Min(1) @Max(100) percent?: number;
  @Field(() => LocalDateScalar, { nullable: true }) @IfPresent() @IsString() startDate?: string;
  @Field(() => LocalDateScalar, { nullable: true }) @IfPresent() @IsString() endDate?: string;
  @Field(() => AllocationStatus, { nullable: true }) @IfPresent() @IsEnum(AllocationStatus) status?: AllocationStatus;
  @Field({ nullable: true }) @IfPresent() @IsString() @MaxLength(1000) note?: string;
  @Field(() => [ID], { nullable: true })
  @IfPresent()
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  goalIds?: string[];
}
