import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsString, IsUUID, Max, Min } from 'class-validator';
import { LocalDateScalar } from '../../../../common/local-date.scalar';
import { IfPresent, MaxLength } from '../../../../common/validation';
import { TimeOffCategory } from '../../staffing.enums';

@InputType()
export class CreateTimeOffInput {
  @Field(() => ID) @IsUUID() personId: string;
  @Field(() => LocalDateScalar) @IsString() startDate: string;
  @Field(() => LocalDateScalar) @IsString() endDate: string;
  @Field(() => Int, { defaultValue: 100, description: 'Share of each day, in percent (100 is a full day).' })
  @IsInt()
  @Min(1)
  @Max(100)
  percent: number;
  @Field(() => TimeOffCategory, { defaultValue: TimeOffCategory.LEAVE })
  @IsEnum(TimeOffCategory)
  category: TimeOffCategory;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(1000) note: string;
}

@InputType()
export class UpdateTimeOffInput {
  @Field(() => Int) @IsInt() version: number;
  @Field(() => LocalDateScalar, { nullable: true }) @IfPresent() @IsString() startDate?: string;
  @Field(() => LocalDateScalar, { nullable: true }) @IfPresent() @IsString() endDate?: string;
  @Field(() => Int, { nullable: true }) @IfPresent() @IsInt() @Min(1) @Max(100) percent?: number;
  @Field(() => TimeOffCategory, { nullable: true }) @IfPresent() @IsEnum(TimeOffCategory) category?: TimeOffCategory;
  @Field({ nullable: true }) @IfPresent() @IsString() @MaxLength(1000) note?: string;
}
