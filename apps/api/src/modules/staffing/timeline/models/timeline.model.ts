import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '../../../../common/local-date.scalar';
import { WeekFlagsScalar, WeekNumbersScalar } from '../../../../common/week-series.scalars';
import { Quarter } from '../../../growth/models/growth-common.model';
import { Allocation } from '../../allocations/models/allocation.model';
import { TimeOff } from '../../time-off/models/time-off.model';

@ObjectType({ description: 'A person as the staffing views show them.' })
export class StaffedPerson {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() title: string;
  @Field(() => ID, { nullable: true }) teamId: string | null;
  @Field(() => String, { nullable: true }) teamName: string | null;
  @Field(() => [Int], { description: 'ISO weekdays the person works (1 is Monday).' }) workingDays: number[];
  @Field(() => ID, { nullable: true }) holidayCalendarId: string | null;
  @Field(() => String, { nullable: true, description: 'The holiday calendar the capacity maths reads.' })
  holidayCalendarName: string | null;
}

@ObjectType()
export class TimelineWeek {
  @Field({ description: 'ISO week, e.g. "2026-W49".' }) key: string;
  @Field(() => LocalDateScalar) monday: string;
}

@ObjectType({ description: 'One person’s week: capacity after holidays and time off, and how it is planned.' })
export class PersonWeek {
  @Field() week: string;
  @Field(() => Float, { description: 'Working days by the person’s pattern, holidays left out.' }) workingDays: number;
  @Field(() => Float, { description: 'Working days left after time off.' }) capacityDays: number;
  @Field(() => Float, { description: 'Confirmed work against capacity (1 is full).' }) allocatedShare: number;
  @Field(() => Float, { description: 'Tentative work against capacity, apart from the confirmed.' })
  tentativeShare: number;
  @Field(() => Float, { description: 'Confirmed delivery against capacity.' }) deliveryShare: number;
  @Field(() => Float) developmentShare: number;
  @Field(() => Float) supportShare: number;
  @Field({ description: 'Confirmed work above capacity.' }) overAllocated: boolean;
  @Field({ description: 'Confirmed work below the organization’s idle threshold.' }) idle: boolean;
  @Field({ description: 'No capacity left: away the whole week.' }) away: boolean;
}

@ObjectType({
  description:
    'One person’s weeks as parallel lists, one entry per week of the timeline (in the order of its `weeks`): the compact form of `weeks`.',
})
export class PersonWeekSeries {
  @Field(() => WeekNumbersScalar, { description: 'Working days by the person’s pattern, holidays left out.' })
  workingDays: number[];
  @Field(() => WeekNumbersScalar, { description: 'Working days left after time off.' }) capacityDays: number[];
  @Field(() => WeekNumbersScalar, { description: 'Confirmed work against capacity (1 is full).' })
  allocatedShare: number[];
  @Field(() => WeekNumbersScalar) tentativeShare: number[];
  @Field(() => WeekNumbersScalar) deliveryShare: number[];
  @Field(() => WeekNumbersScalar) developmentShare: number[];
  @Field(() => WeekNumbersScalar) supportShare: number[];
  @Field(() => WeekFlagsScalar) overAllocated: boolean[];
  @Field(() => WeekFlagsScalar) idle: boolean[];
  @Field(() => WeekFlagsScalar) away: boolean[];
}

@ObjectType()
export class TimelineRow {
  @Field(() => StaffedPerson) person: StaffedPerson;
  @Field(() => PersonWeekSeries, { description: 'The person’s weeks, as parallel lists (cheaper than `weeks`).' })
  load: PersonWeekSeries;
  @Field(() => [PersonWeek], {
    deprecationReason: 'Use `load`: the same figures as parallel lists, far cheaper for many people and weeks.',
    description: 'Worked out from `load` only when asked for.',
  })
  weeks: PersonWeek[];
  @Field(() => [Allocation]) allocations: Allocation[];
  @Field(() => [TimeOff]) timeOff: TimeOff[];
  @Field({ description: 'Whether the viewer may plan this person’s time.' }) canAllocate: boolean;
}

@ObjectType({ description: 'A need with a share still open, shown as a placeholder on the timeline.' })
export class OpenNeed {
  @Field(() => ID) id: string;
  @Field(() => ID) projectId: string;
  @Field() projectName: string;
  @Field() role: string;
  @Field(() => Int) percent: number;
  @Field(() => Int) openPercent: number;
  @Field(() => LocalDateScalar) startDate: string;
  @Field(() => LocalDateScalar) endDate: string;
}

@ObjectType({ description: 'People × weeks: who is over, idle or away, and how their time splits.' })
export class StaffingTimeline {
  @Field(() => LocalDateScalar) from: string;
  @Field(() => LocalDateScalar) to: string;
  @Field(() => [TimelineWeek]) weeks: TimelineWeek[];
  @Field(() => [TimelineRow]) rows: TimelineRow[];
  @Field(() => [OpenNeed]) openNeeds: OpenNeed[];
  @Field(() => Int, { description: 'People matching, across all pages.' }) totalCount: number;
  @Field(() => Int) offset: number;
  @Field(() => Int) limit: number;
}

@ObjectType({ description: 'Shares of a period’s time, as fractions (0.2 is 20%).' })
export class BalanceFigures {
  @Field(() => Float) capacityDays: number;
  @Field(() => Float, { description: 'Confirmed work against capacity.' }) allocatedShare: number;
  @Field(() => Float) tentativeShare: number;
  @Field(() => Float, { description: 'Share of the confirmed work.' }) deliveryShare: number;
  @Field(() => Float) developmentShare: number;
  @Field(() => Float) supportShare: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Share of delivery that exercises a goal’s competency; null for those who do not see growth.',
  })
  growthAlignedShare: number | null;
  @Field(() => Float, { description: 'How far the development share is below the target (0 when it meets it).' })
  developmentShortfall: number;
  @Field(() => Int) overAllocatedWeeks: number;
}

@ObjectType({ description: 'Four or more working weeks in a row with no development time.' })
export class DevelopmentDrought {
  @Field() from: string;
  @Field() to: string;
  @Field(() => Int) weeks: number;
}

@ObjectType()
export class PersonBalance {
  @Field(() => StaffedPerson) person: StaffedPerson;
  @Field(() => BalanceFigures) figures: BalanceFigures;
  @Field(() => DevelopmentDrought, { nullable: true }) drought: DevelopmentDrought | null;
}

@ObjectType()
export class TeamBalance {
  @Field(() => ID, { nullable: true }) teamId: string | null;
  @Field() teamName: string;
  @Field(() => Int) people: number;
  @Field(() => BalanceFigures) figures: BalanceFigures;
}

@ObjectType({ description: 'Delivery, development and support per person and team for a quarter, against the target.' })
export class StaffingBalance {
  @Field(() => Quarter) quarter: Quarter;
  @Field(() => Float, { description: 'The organization’s target share of development time.' })
  developmentTarget: number;
  @Field(() => [PersonBalance]) people: PersonBalance[];
  @Field(() => [TeamBalance]) teams: TeamBalance[];
  @Field(() => BalanceFigures) total: BalanceFigures;
}
