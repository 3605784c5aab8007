import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '../../../../common/local-date.scalar';
import { TimeOffCategory } from '../../staffing.enums';

@ObjectType({ description: 'Days of reduced capacity: leave, or time away for another reason.' })
export class TimeOff {
  @Field(() => ID) id: string;
  @Field(() => ID) personId: string;
  @Field(() => LocalDateScalar) startDate: string;
  @Field(() => LocalDateScalar) endDate: string;
  @Field(() => Int, { description: 'Share of each day taken off, in percent (100 is a full day).' }) percent: number;
  @Field(() => TimeOffCategory) category: TimeOffCategory;
  @Field(() => String, {
    nullable: true,
    description: 'Seen by the person and their manager chain only; null for others.',
  })
  note: string | null;
  @Field(() => Int) version: number;
}
