import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsOptional, IsString, IsUUID, MinLength } from 'class-validator';
import { MaxLength } from '../../../../common/validation';
import { Role } from '../../../../common/enums';
import { MIN_PASSWORD_LENGTH } from '../../auth/password';

@InputType()
export class CreateUserInput {
  @Field() @IsEmail({}, { message: 'Enter a valid email address.' }) @MaxLength(254) email: string;
  @Field(() => Role) @IsEnum(Role) role: Role;
  @Field({ description: `The first password, at least ${MIN_PASSWORD_LENGTH} characters.` })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH, { message: `The password must have at least ${MIN_PASSWORD_LENGTH} characters.` })
  @MaxLength(200)
  password: string;
  @Field(() => ID, { nullable: true, description: 'The person this account belongs to.' })
  @IsOptional()
  @IsUUID('all')
  personId?: string | null;
}
