import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Person } from '../../../directory/people/models/person.model';
import { Team } from '../../../directory/teams/models/team.model';
import { AssessmentSource } from '../../growth.enums';
import { Assessment, PromotionReadiness } from '../../assessments/models/assessment.model';
import { Evidence } from '../../evidence/models/evidence.model';
import { Quarter } from '../../models/growth-common.model';

@ObjectType()
export class HeatmapCompetency {
  @Field() key: string;
  @Field() name: string;
  @Field() areaKey: string;
  @Field() areaName: string;
}

@ObjectType({ description: 'One person × competency: the rating against the level’s expectation.' })
export class HeatmapCell {
  @Field() competencyKey: string;
  @Field(() => String, { nullable: true }) rating: string | null;
  @Field(() => String, { nullable: true }) ratingName: string | null;
  @Field(() => AssessmentSource, { nullable: true, description: 'Manager when there is one, else self.' })
  source: AssessmentSource | null;
  @Field(() => Int, { nullable: true, description: 'Rating minus the level: 0 meets it.' }) gap: number | null;
  @Field({ description: 'The self and manager ratings are a level or more apart.' }) disagreement: boolean;
}

@ObjectType()
export class TeamGrowthRow {
  @Field(() => Person) person: Person;
  @Field(() => [HeatmapCell]) cells: HeatmapCell[];
  @Field(() => Int, { description: 'Competencies rated below the level.' }) belowCount: number;
  @Field(() => Int) disagreementCount: number;
  @Field(() => Int, { description: 'Competencies the person rated themselves on this quarter.' })
  selfRatedCount: number;
  @Field(() => Int, { description: 'Competencies their manager rated this quarter.' })
  managerRatedCount: number;
  @Field({ description: 'The manager ratings of the quarter are shared with the person.' })
  managerRatingsShared: boolean;
  @Field(() => PromotionReadiness) readiness: PromotionReadiness;
}

@ObjectType({ description: 'The smallest and largest gap a cell can show for these people.' })
export class HeatmapGapRange {
  @Field(() => Int) min: number;
  @Field(() => Int) max: number;
}

@ObjectType({ description: 'The heatmap of the people a manager reaches, for one quarter.' })
export class TeamGrowth {
  @Field(() => Int, { description: 'People matching the filter; rows hold the first 500 of them by name.' })
  totalPeople: number;
  @Field(() => Quarter) quarter: Quarter;
  @Field(() => [Quarter]) quarters: Quarter[];
  @Field(() => [HeatmapCompetency]) competencies: HeatmapCompetency[];
  @Field(() => [TeamGrowthRow]) rows: TeamGrowthRow[];
  @Field(() => HeatmapGapRange, {
    nullable: true,
    description: 'From the scales of the tracks of the people shown; null when no level is on a scale.',
  })
  gapRange: HeatmapGapRange | null;
}

@ObjectType({ description: 'What stands behind one heatmap cell.' })
export class CompetencyDetail {
  @Field(() => ID) personId: string;
  @Field(() => Quarter) quarter: Quarter;
  @Field() competencyKey: string;
  @Field() competencyName: string;
  @Field() competencyDescription: string;
  @Field() areaName: string;
  @Field(() => String, { nullable: true }) expectation: string | null;
  @Field(() => Assessment, { nullable: true }) self: Assessment | null;
  @Field(() => Assessment, { nullable: true }) manager: Assessment | null;
  @Field(() => [Evidence], { description: 'Evidence tagged with the competency, newest first.' }) evidence: Evidence[];
}

@ObjectType()
export class MissingAssessment {
  @Field(() => Person) person: Person;
  @Field(() => Int) selfMissing: number;
  @Field(() => Int, { description: 'Always 0 on the viewer’s own record: nobody owes themselves a manager rating.' })
  managerMissing: number;
  @Field(() => Int) total: number;
}

@ObjectType()
export class GoalAttention {
  @Field(() => Person) person: Person;
  @Field(() => ID) goalId: string;
  @Field() title: string;
  @Field() reason: string;
  @Field() stale: boolean;
}

@ObjectType({ description: 'Home, for a manager: the people they reach in one team, in counts.' })
export class TeamGrowthSummary {
  @Field(() => Team, { nullable: true, description: 'Null for the people in no team.' }) team: Team | null;
  @Field(() => Int, {
    description: 'Active people the viewer reaches in the team itself (a sub-team has its own row).',
  })
  people: number;
  @Field(() => Int, { description: 'Their goals that need a look.' }) goalsNeedingAttention: number;
  @Field(() => Int, { description: 'People whose self-assessment of the quarter is not complete.' })
  selfRatingsMissing: number;
  @Field(() => Int, { description: 'People whose manager ratings of the quarter are not all in.' })
  managerRatingsMissing: number;
  @Field(() => Int, {
    description: 'People with manager ratings this quarter that are not shared with them yet.',
  })
  unsharedRatings: number;
}

@ObjectType({
  description:
    'Home: goals that need a look, and this quarter’s missing ratings, of the viewer and (for a manager) everyone they reach.',
})
export class GrowthOverview {
  @Field(() => Quarter) quarter: Quarter;
  @Field(() => [GoalAttention]) goalsNeedingAttention: GoalAttention[];
  @Field(() => [MissingAssessment]) missingAssessments: MissingAssessment[];
  @Field(() => [TeamGrowthSummary], {
    description:
      'For a manager: everyone they reach (not themselves), by team, sorted by team name with no team last; empty for others.',
  })
  teams: TeamGrowthSummary[];
}
