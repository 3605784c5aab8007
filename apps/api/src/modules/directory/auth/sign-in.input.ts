import { Field, InputType } from '@nestjs/graphql';
import { IsString } from 'class-validator';
import { MaxLength } from '../../../common/validation';

@InputType()
export class SignInInput {
  @Field() @IsString() @MaxLength(254, { message: 'Email is too long.' }) email: string;
  @Field() @IsString() @MaxLength(200, { message: 'Password is too long.' }) password: string;
}
