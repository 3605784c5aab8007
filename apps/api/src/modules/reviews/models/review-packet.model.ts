import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '../../../common/local-date.scalar';

@ObjectType({ description: 'One source’s rating of a competency this quarter against last quarter.' })
export class PacketRatingChange {
  @Field(() => String, { nullable: true, description: 'This quarter’s rating key.' }) now: string | null;
  @Field(() => String, { nullable: true, description: 'Last quarter’s rating key.' }) before: string | null;
  @Field(() => Int, { nullable: true, description: 'Steps up (positive) or down on the track’s scale.' })
  change: number | null;
  @Field(() => String, { nullable: true, description: 'This quarter’s rating as the framework names it.' })
  nowLabel: string | null;
  @Field(() => String, { nullable: true, description: 'Last quarter’s rating as the framework names it.' })
  beforeLabel: string | null;
}

@ObjectType()
export class PacketRating {
  @Field() competencyKey: string;
  @Field() competencyName: string;
  @Field() areaName: string;
  @Field(() => PacketRatingChange) self: PacketRatingChange;
  @Field(() => PacketRatingChange, {
    nullable: true,
    description: 'Null for the person until the manager’s ratings or the review are shared with them.',
  })
  manager: PacketRatingChange | null;
  @Field(() => Int, { nullable: true, description: 'Manager rating now against the person’s level (0 meets it).' })
  gapToLevel: number | null;
}

@ObjectType()
export class PacketRatingSummary {
  @Field(() => Int) rated: number;
  @Field(() => Int) improved: number;
  @Field(() => Int) declined: number;
  @Field(() => Int) belowLevel: number;
  @Field(() => Int) aboveLevel: number;
  @Field(() => Int) selfAboveManager: number;
}

@ObjectType()
export class PacketGoal {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field() status: string;
  @Field(() => Int, { nullable: true }) progress: number | null;
  @Field(() => Int) checkInsThisQuarter: number;
  @Field(() => String, { nullable: true }) latestConfidence: string | null;
}

@ObjectType()
export class PacketGoals {
  @Field(() => [PacketGoal], { description: 'Finished within the quarter.' }) finished: PacketGoal[];
  @Field(() => [PacketGoal], { description: 'Still open (active or at risk).' }) active: PacketGoal[];
  @Field(() => Int) atRisk: number;
  @Field(() => Int) dropped: number;
}

@ObjectType()
export class PacketCompetencyEvidence {
  @Field() competencyKey: string;
  @Field() competencyName: string;
  @Field(() => Int) count: number;
  @Field(() => [String]) titles: string[];
}

@ObjectType()
export class PacketIncident {
  @Field() title: string;
  @Field(() => String, { nullable: true }) role: string | null;
  @Field(() => String, { nullable: true }) severity: string | null;
}

@ObjectType()
export class PacketEvidence {
  @Field(() => Int) total: number;
  @Field(() => [PacketCompetencyEvidence]) byCompetency: PacketCompetencyEvidence[];
  @Field(() => Int, { description: 'Entries that name no competency.' }) unlinked: number;
  @Field(() => [PacketIncident]) incidents: PacketIncident[];
  @Field(() => Int, { description: 'Entries logged from staffing history.' }) fromStaffing: number;
}

@ObjectType()
export class PacketOneOnOnes {
  @Field(() => Int) held: number;
  @Field(() => Int) expected: number;
  @Field(() => Boolean, { nullable: true, description: 'Null without a one-on-one series with the manager.' })
  kept: boolean | null;
  @Field(() => Int) actionItemsDone: number;
  @Field(() => Int) actionItemsOverdue: number;
}

@ObjectType()
export class PacketStretch {
  @Field() projectName: string;
  @Field(() => [String]) goalTitles: string[];
  @Field(() => LocalDateScalar) from: string;
  @Field(() => LocalDateScalar) to: string;
}

@ObjectType()
export class PacketTime {
  @Field(() => Float) deliveryShare: number;
  @Field(() => Float) developmentShare: number;
  @Field(() => Float) supportShare: number;
  @Field(() => Float) growthAlignedShare: number;
  @Field(() => Float) developmentShortfall: number;
  @Field(() => Float) developmentTarget: number;
  @Field(() => Float) allocatedDays: number;
  @Field(() => Float) capacityDays: number;
  @Field() meetsTarget: boolean;
  @Field(() => [PacketStretch]) stretch: PacketStretch[];
}

@ObjectType()
export class PacketReadiness {
  @Field(() => Float, { description: 'Share of the next level’s expectations met (0..1).' }) now: number;
  @Field(() => String, { nullable: true }) nextLevelName: string | null;
  @Field(() => Float, { nullable: true, description: 'The same at the end of last quarter.' }) before: number | null;
  @Field(() => Float, { nullable: true }) change: number | null;
}

@ObjectType({
  description:
    'The facts of one person’s quarter, computed from what Trellis holds (never typed in); frozen when the cycle closes.',
})
export class ReviewPacket {
  @Field(() => [PacketRating]) ratings: PacketRating[];
  @Field(() => PacketRatingSummary) ratingSummary: PacketRatingSummary;
  @Field(() => PacketGoals) goals: PacketGoals;
  @Field(() => PacketEvidence) evidence: PacketEvidence;
  @Field(() => PacketOneOnOnes) oneOnOnes: PacketOneOnOnes;
  @Field(() => PacketTime) time: PacketTime;
  @Field(() => PacketReadiness, { nullable: true, description: 'Null while the manager figures are not shared.' })
  readiness: PacketReadiness | null;
  @Field(() => [String]) highlights: string[];
  @Field({ description: 'True when the figures come from the closed quarter’s snapshot.' }) frozen: boolean;
}
