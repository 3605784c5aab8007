import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Matches, MinLength } from 'class-validator';
import { IfPresent, MaxLength } from '../../../../common/validation';

// Names are trimmed before saving: one of spaces only would break the database's check.
const NOT_BLANK = [/\S/, { message: 'Enter a name.' }] as const;

@InputType()
export class CreateTeamInput {
  @Field() @IsString() @MinLength(1) @MaxLength(80) @Matches(...NOT_BLANK) name: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') leadId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') parentId?: string | null;
}

@InputType()
export class UpdateTeamInput {
  @Field(() => Int) @IsInt() version: number;
  @Field({ nullable: true }) @IfPresent() @IsString() @MinLength(1) @MaxLength(80) @Matches(...NOT_BLANK) name?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') leadId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') parentId?: string | null;
}
