import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '../../../../common/local-date.scalar';

@ObjectType({ description: 'Days off for everyone on it: an office’s or a country’s public holidays.' })
export class HolidayCalendar {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => Int, { description: 'How many holidays it holds.' }) holidayCount: number;
  @Field(() => Int, { description: 'How many people work by it.' }) peopleCount: number;
  @Field(() => [Int], { description: 'The years that have holidays, in order.' }) years: number[];
  @Field(() => Int) version: number;
}

@ObjectType({ description: 'A day off on a holiday calendar.' })
export class Holiday {
  @Field(() => LocalDateScalar) date: string;
  @Field() name: string;
}

@ObjectType({ description: 'An event or a day of the file that was not imported, and why.' })
export class SkippedHoliday {
  @Field() name: string;
  @Field(() => LocalDateScalar, { nullable: true }) date: string | null;
  @Field() reason: string;
}

@ObjectType({ description: 'What an iCalendar import added to a calendar, and what it left out.' })
export class HolidayImport {
  @Field(() => HolidayCalendar) calendar: HolidayCalendar;
  @Field(() => [Holiday]) imported: Holiday[];
  @Field(() => [SkippedHoliday]) skipped: SkippedHoliday[];
  @Field(() => Int, { description: 'The first year a yearly event was expanded over.' }) fromYear: number;
  @Field(() => Int, { description: 'The last year a yearly event was expanded over.' }) toYear: number;
}
