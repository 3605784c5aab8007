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
  ValidateNested,
} from 'class-validator';
import { MaxLength, QUARTER_PATTERN } from '../../../../common/validation';
import { AssessmentSource } from '../../growth.enums';

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
  @Matches(...QUARTER_PATTERN)
  quarter?: string | null;
  @Field(() => [RatingInput])
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => RatingInput)
  ratings: RatingInput[];
}
