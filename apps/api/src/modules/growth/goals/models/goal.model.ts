import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CheckInConfidence, GoalHealthState, GoalStatus } from '../../growth.enums';
import { CompetencyRef, Quarter } from '../../models/growth-common.model';

@ObjectType()
export class GoalMilestone {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field() done: boolean;
}

@ObjectType({ description: 'A dated note on a goal’s progress.' })
export class GoalCheckIn {
  @Field(() => ID) id: string;
  @Field({ description: 'ISO date.' }) date: string;
  @Field(() => Int, { description: '0 to 100.' }) progress: number;
  @Field(() => CheckInConfidence) confidence: CheckInConfidence;
  @Field() note: string;
  @Field(() => String, { nullable: true }) authorName: string | null;
}

@ObjectType({ description: 'Computed: progress against the time elapsed, and staleness.' })
export class GoalHealth {
  @Field(() => GoalHealthState) state: GoalHealthState;
  @Field(() => Int) progress: number;
  @Field(() => Int, { description: 'Share of the time line gone, 0 to 100.' }) expectedProgress: number;
  @Field(() => String, { nullable: true }) lastCheckInDate: string | null;
  @Field(() => Int, { nullable: true }) daysSinceCheckIn: number | null;
  @Field({ description: 'No check-in for longer than the organization’s setting.' }) stale: boolean;
  @Field({ description: 'Whether a manager should look at it.' }) needsAttention: boolean;
  @Field() reason: string;
}

@ObjectType({ description: 'A growth goal of one person.' })
export class Goal {
  @Field(() => ID) id: string;
  @Field(() => ID) personId: string;
  @Field() title: string;
  @Field() description: string;
  @Field(() => [CompetencyRef]) competencies: CompetencyRef[];
  @Field(() => String, { nullable: true }) targetLevelKey: string | null;
  @Field(() => String, { nullable: true }) targetLevelName: string | null;
  @Field(() => Quarter, { nullable: true }) dueQuarter: Quarter | null;
  @Field(() => GoalStatus) status: GoalStatus;
  @Field({ description: 'ISO date the goal started.' }) startDate: string;
  @Field(() => [GoalMilestone]) milestones: GoalMilestone[];
  @Field(() => [GoalCheckIn], { description: 'Newest first.' }) checkIns: GoalCheckIn[];
  @Field(() => GoalHealth) health: GoalHealth;
  @Field(() => Int) evidenceCount: number;
  @Field(() => Int) version: number;
  @Field() updatedAt: Date;
}
