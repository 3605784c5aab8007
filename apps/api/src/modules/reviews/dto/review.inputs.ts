import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, MinLength } from 'class-validator';
import { MaxLength, QUARTER_PATTERN } from '../../../common/validation';
import { ReviewReadiness } from '../reviews.enums';

export const SUMMARY_MAX = 8000;
export const SECTION_MAX = 4000;
export const REFLECTION_MAX = 8000;

@InputType({ description: 'The manager’s part of a review; saved as a whole, checked against its version.' })
export class WriteReviewInput {
  @Field(() => ID) @IsUUID('all') id: string;
  @Field(() => Int) @IsInt() version: number;
  @Field() @IsString() @MaxLength(SUMMARY_MAX) summary: string;
  @Field() @IsString() @MaxLength(SECTION_MAX) strengths: string;
  @Field({ description: 'Focus for next quarter.' }) @IsString() @MaxLength(SECTION_MAX) focus: string;
  @Field(() => ReviewReadiness, { nullable: true })
  @IsOptional()
  @IsEnum(ReviewReadiness)
  readiness?: ReviewReadiness | null;
}

@InputType({ description: 'The person’s reflection on their quarter.' })
export class ReflectOnReviewInput {
  @Field(() => ID) @IsUUID('all') id: string;
  @Field(() => Int) @IsInt() version: number;
  @Field() @IsString() @MaxLength(REFLECTION_MAX) reflection: string;
}

@InputType()
export class ReviewVersionInput {
  @Field(() => ID) @IsUUID('all') id: string;
  @Field(() => Int) @IsInt() version: number;
}

@InputType({ description: 'A director’s calibration of a readiness, with the reason (kept).' })
export class AdjustReadinessInput {
  @Field(() => ID) @IsUUID('all') id: string;
  @Field(() => Int) @IsInt() version: number;
  @Field(() => ReviewReadiness) @IsEnum(ReviewReadiness) readiness: ReviewReadiness;
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  @Matches(/\S/, { message: 'Say why the readiness changes.' })
  reason: string;
}

@InputType()
export class OpenReviewCycleInput {
  @Field(() => String, { nullable: true, description: 'The quarter (FY2027-Q1); the current one when left out.' })
  @IsOptional()
  @IsString()
  @Matches(...QUARTER_PATTERN)
  quarter?: string | null;
}

@InputType()
export class CloseReviewCycleInput {
  @Field(() => ID) @IsUUID('all') id: string;
  @Field(() => Int) @IsInt() version: number;
  @Field({ defaultValue: false, description: 'Close although some reviews are not shared yet.' })
  @IsBoolean()
  confirmUnshared: boolean;
}
