import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ReviewCycleStatus, ReviewReadiness, ReviewState } from '../reviews.enums';
import { ReviewPacket } from './review-packet.model';

@ObjectType({ description: 'The person a review is about, as the review shows them.' })
export class ReviewPerson {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) title: string | null;
  @Field(() => String, { nullable: true }) teamName: string | null;
  @Field(() => String, { nullable: true }) managerName: string | null;
}

@ObjectType({ description: 'How far a cycle’s reviews have come, over the reviews the viewer sees.' })
export class ReviewProgress {
  @Field(() => Int) total: number;
  @Field(() => Int, { description: 'With something written by the manager.' }) drafted: number;
  @Field(() => Int) shared: number;
  @Field(() => Int) acknowledged: number;
}

@ObjectType({ description: 'A director’s change to a readiness, with the reason (calibration).' })
export class ReadinessAdjustment {
  @Field(() => ReviewReadiness, { nullable: true }) from: ReviewReadiness | null;
  @Field(() => ReviewReadiness) to: ReviewReadiness;
  @Field() reason: string;
  @Field() byName: string;
  @Field() at: Date;
}

@ObjectType({ description: 'One person’s quarterly review: the packet, the manager’s writing and their reflection.' })
export class Review {
  @Field(() => ID) id: string;
  @Field(() => ID) cycleId: string;
  @Field() quarter: string;
  @Field() quarterLabel: string;
  @Field(() => ReviewCycleStatus) cycleStatus: ReviewCycleStatus;
  @Field(() => ReviewPerson) person: ReviewPerson;
  @Field(() => ReviewState) state: ReviewState;
  @Field(() => String, { nullable: true, description: 'Null for the person until the review is shared.' })
  summary: string | null;
  @Field(() => String, { nullable: true }) strengths: string | null;
  @Field(() => String, { nullable: true, description: 'Focus for next quarter.' }) focus: string | null;
  @Field(() => ReviewReadiness, { nullable: true }) readiness: ReviewReadiness | null;
  @Field({ description: 'The person’s own reflection.' }) reflection: string;
  @Field(() => Date, { nullable: true }) sharedAt: Date | null;
  @Field(() => String, { nullable: true }) sharedByName: string | null;
  @Field(() => Date, { nullable: true }) acknowledgedAt: Date | null;
  @Field(() => [ReadinessAdjustment]) adjustments: ReadinessAdjustment[];
  @Field(() => ReviewPacket) packet: ReviewPacket;
  @Field(() => ID, { nullable: true, description: 'The draft goal made from the focus, once made.' })
  focusGoalId: string | null;
  @Field({ description: 'The viewer writes the manager’s part (the manager chain, while the cycle is open).' })
  canWrite: boolean;
  @Field({ description: 'The viewer is the person: they write the reflection and acknowledge.' })
  canReflect: boolean;
  @Field(() => Int) version: number;
}

@ObjectType({ description: 'A review as a cycle lists it: its state, without the packet.' })
export class ReviewSummary {
  @Field(() => ID) id: string;
  @Field(() => ReviewPerson) person: ReviewPerson;
  @Field(() => ReviewState) state: ReviewState;
  @Field(() => ReviewReadiness, { nullable: true }) readiness: ReviewReadiness | null;
  @Field({ description: 'The person has written a reflection.' }) reflected: boolean;
  @Field(() => Date) updatedAt: Date;
}

@ObjectType({ description: 'The quarterly review of one fiscal quarter: open while written, closed when frozen.' })
export class ReviewCycle {
  @Field(() => ID) id: string;
  @Field() quarter: string;
  @Field() quarterLabel: string;
  @Field(() => ReviewCycleStatus) status: ReviewCycleStatus;
  @Field() openedAt: Date;
  @Field(() => String, { nullable: true }) openedByName: string | null;
  @Field(() => Date, { nullable: true }) closedAt: Date | null;
  @Field(() => String, { nullable: true }) closedByName: string | null;
  @Field(() => ReviewProgress) progress: ReviewProgress;
  @Field(() => [ReviewSummary], { description: 'The reviews the viewer may read: their reach’s and their own.' })
  reviews: ReviewSummary[];
  @Field(() => ID, { nullable: true, description: 'The viewer’s own review in this cycle.' }) myReviewId: string | null;
  @Field({ description: 'The viewer may close it (admins and directors, while open).' }) canClose: boolean;
  @Field(() => Int) version: number;
}

@ObjectType({ description: 'What the viewer may do with review cycles.' })
export class ReviewCyclesOverview {
  @Field(() => [ReviewCycle]) cycles: ReviewCycle[];
  @Field({ description: 'The current fiscal quarter.' }) currentQuarter: string;
  @Field() currentQuarterLabel: string;
  @Field({ description: 'The viewer may open a cycle (admins and directors).' }) canOpen: boolean;
}
