import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, IsUUID, Matches, MinLength } from 'class-validator';
import { IfPresent, MaxLength } from '../../../../common/validation';

@InputType({ description: 'Accepts an offer of evidence, as proposed or edited first.' })
export class AcceptStaffingEvidenceInput {
  @Field(() => ID) @IsUUID('all') allocationId: string;
  @Field(() => String, { nullable: true, description: 'Left out, the proposed title.' })
  @IfPresent()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @Matches(/\S/, { message: 'Enter a title.' })
  title?: string;
  @Field(() => String, { nullable: true, description: 'What came of the work; left out, empty.' })
  @IfPresent()
  @IsString()
  @MaxLength(4000)
  impact?: string;
  @Field(() => [String], { nullable: true, description: 'Left out, the competencies the work exercised.' })
  @IfPresent()
  @IsArray()
  @ArrayMinSize(1, { message: 'Tag at least one competency the work showed.' })
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  competencyKeys?: string[];
}
