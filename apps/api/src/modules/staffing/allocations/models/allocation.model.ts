import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '../../../../common/local-date.scalar';
import { AllocationStatus, ScenarioChangeKind, WorkKind } from '../../staffing.enums';

@ObjectType({ description: 'A growth goal an allocation serves: a stretch assignment.' })
export class StretchGoal {
  @Field(() => ID) id: string;
  @Field() title: string;
}

@ObjectType({ description: 'A share of a person’s time on a project, or on development, for a date range.' })
export class Allocation {
  @Field(() => ID) id: string;
  @Field(() => ID) personId: string;
  @Field(() => ID, { nullable: true }) projectId: string | null;
  @Field(() => String, { nullable: true, description: 'Null for development time without a project.' })
  projectName: string | null;
  @Field(() => ID, { nullable: true, description: 'The project need it fills.' }) needId: string | null;
  @Field(() => WorkKind) kind: WorkKind;
  @Field(() => Int, { description: 'Share of the person’s working time, in percent.' }) percent: number;
  @Field(() => LocalDateScalar) startDate: string;
  @Field(() => LocalDateScalar) endDate: string;
  @Field(() => AllocationStatus) status: AllocationStatus;
  @Field() note: string;
  @Field(() => [StretchGoal], {
    description: 'The goals it stretches toward: seen by the person and their manager chain only (empty for others).',
  })
  stretchGoals: StretchGoal[];
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Whether the work exercises a competency of one of the person’s active goals; null for those who do not see growth.',
  })
  growthAligned: boolean | null;
  @Field(() => Int) version: number;
  @Field(() => ScenarioChangeKind, {
    nullable: true,
    description: 'Read in a scenario: what the scenario does here (null where it leaves the plan as it is).',
  })
  scenarioChange: ScenarioChangeKind | null;
  @Field(() => ID, { nullable: true, description: 'A scenario’s change or removal: the plan allocation it replaces.' })
  replacesId: string | null;
}

@ObjectType({ description: 'A week in which the person’s confirmed work is above their capacity.' })
export class OverAllocatedWeek {
  @Field({ description: 'ISO week, e.g. "2026-W49".' }) week: string;
  @Field(() => LocalDateScalar) monday: string;
  @Field(() => Int, { description: 'Confirmed work against capacity, in percent.' }) allocatedPercent: number;
}

@ObjectType({ description: 'A saved allocation, with the weeks it leaves over-allocated (a warning).' })
export class AllocationResult {
  @Field(() => Allocation) allocation: Allocation;
  @Field(() => [OverAllocatedWeek]) overAllocatedWeeks: OverAllocatedWeek[];
  @Field(() => String, { nullable: true, description: 'A sentence for the planner when something needs a look.' })
  warning: string | null;
}
