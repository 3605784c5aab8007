import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsString } from 'class-validator';
import { MaxLength } from '../../../../common/validation';

@InputType()
export class CreateScenarioInput {
  @Field() @IsString() @MaxLength(120) name: string;
}

@InputType()
export class RenameScenarioInput {
  @Field(() => Int, { description: 'The version read; a stale one is refused (CONFLICT).' }) @IsInt() version: number;
  @Field() @IsString() @MaxLength(120) name: string;
}
