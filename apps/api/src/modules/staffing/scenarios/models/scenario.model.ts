import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '../../../../common/local-date.scalar';
import { Allocation } from '../../allocations/models/allocation.model';
import { ScenarioChangeKind, ScenarioStatus } from '../../staffing.enums';
import { StaffedPerson } from '../../timeline/models/timeline.model';

@ObjectType({ description: 'What a plan allocation was when a scenario changed or removed it.' })
export class ScenarioBase {
  @Field(() => String, { nullable: true }) projectName: string | null;
  @Field(() => Int) percent: number;
  @Field(() => LocalDateScalar) startDate: string;
  @Field(() => LocalDateScalar) endDate: string;
}

@ObjectType({ description: 'One change a scenario makes to the plan.' })
export class ScenarioChange {
  @Field(() => ScenarioChangeKind) kind: ScenarioChangeKind;
  @Field(() => ID) personId: string;
  @Field() personName: string;
  @Field(() => Allocation, { description: 'The draft: what the plan would hold (for a removal, what goes).' })
  allocation: Allocation;
  @Field(() => ScenarioBase, { nullable: true, description: 'What the plan allocation was; null for an addition.' })
  was: ScenarioBase | null;
  @Field(() => String, {
    nullable: true,
    description: 'Why applying would be refused: the plan allocation changed or went since the scenario changed it.',
  })
  conflict: string | null;
}

@ObjectType({
  description: 'A named draft of changes to the plan of record: tried, compared, then applied or discarded.',
})
export class Scenario {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => ScenarioStatus) status: ScenarioStatus;
  @Field(() => Int, { description: 'Rises with every change to the scenario; applying names the version compared.' })
  version: number;
  @Field(() => String, { nullable: true, description: 'Who drafted it.' }) author: string | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
  @Field(() => Date, { nullable: true, description: 'When it was applied or discarded.' }) closedAt: Date | null;
  @Field(() => Int, { description: 'Allocations it adds.' }) added: number;
  @Field(() => Int, { description: 'Plan allocations it changes.' }) changed: number;
  @Field(() => Int, { description: 'Plan allocations it removes.' }) removed: number;
}

@ObjectType({ description: 'A person above 100% in some weeks of the range.' })
export class OverAllocatedPersonFigure {
  @Field(() => StaffedPerson) person: StaffedPerson;
  @Field(() => Int) weeks: number;
  @Field(() => Int, { description: 'The highest week, in percent of capacity.' }) peakPercent: number;
}

@ObjectType({ description: 'A need with a share nobody covers.' })
export class UnfilledNeedFigure {
  @Field(() => ID) needId: string;
  @Field(() => ID) projectId: string;
  @Field() projectName: string;
  @Field() role: string;
  @Field(() => Int) percent: number;
  @Field(() => Int) openPercent: number;
}

@ObjectType({ description: 'The figures a plan is weighed by, over the people and weeks compared.' })
export class PlanFiguresModel {
  @Field(() => Int, { description: 'Person-weeks above 100%.' }) overAllocatedPersonWeeks: number;
  @Field(() => [OverAllocatedPersonFigure]) overAllocated: OverAllocatedPersonFigure[];
  @Field(() => Float, { description: 'Confirmed work against capacity.' }) allocatedShare: number;
  @Field(() => Float, { description: 'Development’s share of the confirmed work.' }) developmentShare: number;
  @Field(() => Float, { description: 'How far development is below the target (0 when it meets it).' })
  developmentShortfall: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Share of delivery that exercises a goal’s competency, for the people whose growth the viewer sees.',
  })
  growthAlignedShare: number | null;
  @Field(() => Int, { description: 'The needs’ shares asked for, in percent.' }) demandPercent: number;
  @Field(() => Int, { description: 'The part of it nobody covers.' }) openPercent: number;
  @Field(() => Float, { description: 'openPercent / demandPercent.' }) unfilledShare: number;
  @Field(() => [UnfilledNeedFigure]) unfilledNeeds: UnfilledNeedFigure[];
}

@ObjectType({ description: 'Scenario minus plan, figure by figure.' })
export class FigureDeltasModel {
  @Field(() => Int) overAllocatedPersonWeeks: number;
  @Field(() => Float) allocatedShare: number;
  @Field(() => Float) developmentShare: number;
  @Field(() => Float) developmentShortfall: number;
  @Field(() => Float, { nullable: true }) growthAlignedShare: number | null;
  @Field(() => Float) unfilledShare: number;
  @Field(() => Int) openPercent: number;
}

@ObjectType({ description: 'Today’s plan and the plan as a scenario leaves it, side by side.' })
export class ScenarioComparison {
  @Field(() => Scenario) scenario: Scenario;
  @Field(() => LocalDateScalar) from: string;
  @Field(() => LocalDateScalar) to: string;
  @Field(() => Int) weeks: number;
  @Field(() => Int, { description: 'The people the figures cover: those whose plan the viewer sees.' })
  people: number;
  @Field(() => Float) developmentTarget: number;
  @Field(() => PlanFiguresModel) plan: PlanFiguresModel;
  @Field(() => PlanFiguresModel) withScenario: PlanFiguresModel;
  @Field(() => FigureDeltasModel) deltas: FigureDeltasModel;
  @Field(() => [ScenarioChange]) changes: ScenarioChange[];
}
