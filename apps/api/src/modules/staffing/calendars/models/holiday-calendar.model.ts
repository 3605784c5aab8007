import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Days off for everyone on it: an office’s or a country’s public holidays.' })
export class HolidayCalendar {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => Int, { description: 'How many holidays it holds.' }) holidayCount: number;
  @Field(() => Int, { description: 'How many people work by it.' }) peopleCount: number;
}
