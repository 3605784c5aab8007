import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ReviewReadiness } from '../reviews.enums';
import { ReviewPerson } from './review.model';

@ObjectType()
export class ReadinessCounts {
  @Field(() => Int) notYet: number;
  @Field(() => Int) soon: number;
  @Field(() => Int) ready: number;
  @Field(() => Int) unset: number;
}

@ObjectType({
  description: 'A manager’s or a team’s reviews against the reach: readiness calls and ratings against the level.',
})
export class CalibrationGroup {
  @Field() key: string;
  @Field() name: string;
  @Field(() => Int) people: number;
  @Field(() => ReadinessCounts) readiness: ReadinessCounts;
  @Field(() => Int, { description: 'Manager ratings above the person’s level.' }) above: number;
  @Field(() => Int) meets: number;
  @Field(() => Int) below: number;
  @Field(() => Float, { nullable: true, description: 'Mean rating against the level (0 meets it).' })
  averageGap: number | null;
  @Field(() => Float, { nullable: true, description: 'averageGap minus the reach’s: above 0 is more lenient.' })
  againstReach: number | null;
  @Field(() => String, { nullable: true, description: '"lenient" or "harsh" when far from the reach’s mean.' })
  outlier: string | null;
}

@ObjectType({ description: 'One review as calibration lists it.' })
export class CalibrationReview {
  @Field(() => ID) reviewId: string;
  @Field(() => ReviewPerson) person: ReviewPerson;
  @Field(() => ReviewReadiness, { nullable: true }) readiness: ReviewReadiness | null;
  @Field(() => Float, { nullable: true, description: 'Share of the next level met (0..1).' }) readinessShare:
    number | null;
  @Field(() => Float, { nullable: true }) averageGap: number | null;
  @Field(() => Int) version: number;
}

@ObjectType({ description: 'Calibration of a cycle over the viewer’s reach.' })
export class ReviewCalibration {
  @Field(() => ID) cycleId: string;
  @Field() quarterLabel: string;
  @Field(() => Float, { nullable: true }) reachAverageGap: number | null;
  @Field(() => [CalibrationGroup]) byManager: CalibrationGroup[];
  @Field(() => [CalibrationGroup]) byTeam: CalibrationGroup[];
  @Field(() => [CalibrationReview]) reviews: CalibrationReview[];
  @Field({ description: 'The viewer may adjust readiness (a director, while the cycle is open).' }) canAdjust: boolean;
}

@ObjectType()
export class AreaAverage {
  @Field() areaName: string;
  @Field(() => Float, { nullable: true }) averageGap: number | null;
  @Field(() => Int) rated: number;
}

@ObjectType({
  description: 'The heatmap’s change for one competency: the reach’s mean against the level, then and now.',
})
export class CompetencyChange {
  @Field() competencyName: string;
  @Field() areaName: string;
  @Field(() => Float, { nullable: true, description: 'Last quarter’s mean (0 meets the level).' }) before:
    number | null;
  @Field(() => Float, { nullable: true }) now: number | null;
  @Field(() => Float, { nullable: true, description: 'now − before; null unless both were rated.' })
  change: number | null;
}

@ObjectType({ description: 'A quarter of the team report.' })
export class TeamReportQuarter {
  @Field() quarter: string;
  @Field() label: string;
  @Field() frozen: boolean;
  @Field(() => Int) people: number;
  @Field(() => [AreaAverage]) byArea: AreaAverage[];
  @Field(() => Float) averageDevelopmentShare: number;
  @Field(() => Int) meetingDevelopmentTarget: number;
  @Field(() => Int) goalsFinished: number;
  @Field(() => Int) withOneOnOnes: number;
  @Field(() => Int) oneOnOnesKept: number;
  @Field(() => ReadinessCounts) readiness: ReadinessCounts;
  @Field(() => [String]) coveredCompetencies: string[];
}

@ObjectType({ description: 'One person’s figures in the team report (and its CSV).' })
export class TeamReportRow {
  @Field(() => ID) reviewId: string;
  @Field(() => ReviewPerson) person: ReviewPerson;
  @Field(() => Int) ratingsImproved: number;
  @Field(() => Int) ratingsDeclined: number;
  @Field(() => Int) belowLevel: number;
  @Field(() => Int) goalsFinished: number;
  @Field(() => Int) evidence: number;
  @Field(() => Int) oneOnOnesHeld: number;
  @Field(() => Int) oneOnOnesExpected: number;
  @Field(() => Float) developmentShare: number;
  @Field() meetsDevelopmentTarget: boolean;
  @Field(() => Float, { nullable: true }) readinessShare: number | null;
  @Field(() => Float, { nullable: true }) readinessChange: number | null;
  @Field(() => ReviewReadiness, { nullable: true }) readiness: ReviewReadiness | null;
}

@ObjectType({ description: 'The quarterly team report over the viewer’s reach: this cycle and the ones before it.' })
export class ReviewTeamReport {
  @Field(() => ID) cycleId: string;
  @Field() quarterLabel: string;
  @Field(() => Float) developmentTarget: number;
  @Field(() => [TeamReportQuarter], { description: 'Oldest first, up to this cycle.' }) quarters: TeamReportQuarter[];
  @Field(() => [CompetencyChange], {
    description: 'The heatmap’s change since the quarter before, per competency, largest first.',
  })
  competencyChanges: CompetencyChange[];
  @Field(() => [String]) coverageGained: string[];
  @Field(() => [String]) coverageLost: string[];
  @Field(() => [String]) highlights: string[];
  @Field(() => [TeamReportRow]) people: TeamReportRow[];
}
