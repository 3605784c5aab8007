import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsString, IsUUID, Matches, MinLength } from 'class-validator';
import { LocalDateScalar } from '../../../../common/local-date.scalar';
import { LongText, MaxLength } from '../../../../common/validation';

/** An iCalendar file of holidays is small; a country's ten years of them fit in far less. */
export const MAX_ICS_LENGTH = 1_000_000;

@InputType()
export class CreateHolidayCalendarInput {
  @Field() @IsString() @MinLength(1) @MaxLength(100) @Matches(/\S/, { message: 'Name the calendar.' }) name: string;
}

@InputType()
export class RenameHolidayCalendarInput {
  @Field(() => ID) @IsUUID('all') id: string;
  @Field() @IsString() @MinLength(1) @MaxLength(100) @Matches(/\S/, { message: 'Name the calendar.' }) name: string;
  @Field(() => Int) @IsInt() version: number;
}

@InputType()
export class HolidayInput {
  @Field(() => ID) @IsUUID('all') calendarId: string;
  @Field(() => LocalDateScalar) @IsString() date: string;
  @Field() @IsString() @MinLength(1) @MaxLength(200) @Matches(/\S/, { message: 'Name the holiday.' }) name: string;
}

@InputType()
export class ImportHolidaysInput {
  @Field(() => ID) @IsUUID('all') calendarId: string;
  @Field({ description: 'The text of an iCalendar (.ics) file.' })
  @LongText(MAX_ICS_LENGTH)
  @IsString()
  @MinLength(1, { message: 'Choose an iCalendar (.ics) file.' })
  @MaxLength(MAX_ICS_LENGTH, { message: 'The file is too large: an iCalendar file of holidays is under 1 MB.' })
  ics: string;
}
