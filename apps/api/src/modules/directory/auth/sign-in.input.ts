import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

@InputType()
export class SignInInput {
  @Field() @IsString() @MaxLength(254, { message: 'Email is too long.' }) email: string;
  @Field() @IsString() @MaxLength(200, { message: 'Password is too long.' }) password: string;
}
