import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { AssessmentSource } from '../../growth.enums';
import { Quarter, RatingRung } from '../../models/growth-common.model';

@ObjectType({ description: 'One rating of a person on one competency for one quarter, by one source.' })
export class Assessment {
  @Field(() => ID) id: string;
  @Field() competencyKey: string;
  @Field({ description: 'Quarter key, e.g. "FY2027-Q1".' }) quarter: string;
  @Field(() => AssessmentSource) source: AssessmentSource;
  @Field({ description: 'A level key of the track, or below_expectations.' }) rating: string;
  @Field() ratingName: string;
  @Field(() => Int, { nullable: true, description: 'Position on the track’s scale; null if no longer on it.' })
  ratingPosition: number | null;
  @Field() comment: string;
  @Field(() => String, { nullable: true }) authorName: string | null;
  @Field() updatedAt: Date;
  @Field(() => Int) version: number;
}

@ObjectType({ description: 'Self and manager ratings of one competency, next to the expectation.' })
export class CompetencyAssessment {
  @Field() competencyKey: string;
  @Field() competencyName: string;
  @Field() competencyDescription: string;
  @Field() areaKey: string;
  @Field() areaName: string;
  @Field(() => String, { nullable: true, description: 'What the person’s level expects.' })
  expectation: string | null;
  @Field(() => String, { nullable: true, description: 'What the next level expects.' })
  nextExpectation: string | null;
  @Field(() => Assessment, { nullable: true }) self: Assessment | null;
  @Field(() => Assessment, { nullable: true, description: 'Null while not shared with the viewer.' })
  manager: Assessment | null;
  @Field(() => Assessment, { nullable: true }) previousSelf: Assessment | null;
  @Field(() => Assessment, { nullable: true }) previousManager: Assessment | null;
  @Field({ description: 'Self and manager differ by a level or more.' }) disagreement: boolean;
  @Field(() => Int, { nullable: true, description: 'Manager rating minus the level’s position.' })
  gap: number | null;
}

@ObjectType()
export class ReadinessGap {
  @Field() competencyKey: string;
  @Field() competencyName: string;
  @Field() areaName: string;
  @Field(() => String, { nullable: true }) ratingName: string | null;
  @Field({ description: 'What the next level expects.' }) expected: string;
}

@ObjectType({ description: 'How much of the next level’s expectations the latest manager ratings meet.' })
export class PromotionReadiness {
  @Field(() => String, { nullable: true }) nextLevelKey: string | null;
  @Field(() => String, { nullable: true }) nextLevelName: string | null;
  @Field(() => Int) met: number;
  @Field(() => Int) total: number;
  @Field(() => Float, { description: '0 to 1.' }) share: number;
  @Field(() => [ReadinessGap]) gaps: ReadinessGap[];
}

@ObjectType({ description: 'A person’s ratings for one quarter, against their level.' })
export class PersonGrowth {
  @Field(() => ID) personId: string;
  @Field(() => Quarter) quarter: Quarter;
  @Field(() => Quarter) previousQuarter: Quarter;
  @Field(() => [Quarter], { description: 'Quarters with ratings, newest first, and the current one.' })
  quarters: Quarter[];
  @Field(() => RatingRung, { nullable: true, description: 'The person’s level on the scale.' })
  level: RatingRung | null;
  @Field(() => [RatingRung]) scale: RatingRung[];
  @Field(() => [CompetencyAssessment]) competencies: CompetencyAssessment[];
  @Field({ description: 'The manager ratings of this quarter are shared with the person.' })
  managerRatingsShared: boolean;
  @Field({ description: 'The viewer sees this quarter’s manager ratings.' }) managerRatingsVisible: boolean;
  @Field() canSelfAssess: boolean;
  @Field() canManagerAssess: boolean;
  @Field({ description: 'Whether ratings for this quarter may still be written.' }) writable: boolean;
  @Field(() => Int) selfCount: number;
  @Field(() => Int) managerCount: number;
  @Field(() => Int) disagreementCount: number;
  @Field(() => PromotionReadiness, { nullable: true, description: 'Null while no manager rating is visible.' })
  readiness: PromotionReadiness | null;
  @Field(() => Quarter, {
    nullable: true,
    description:
      'The latest quarter of the manager ratings readiness is read from (for the person: the last shared one).',
  })
  readinessThrough: Quarter | null;
}

@ObjectType()
export class AssessmentRelease {
  @Field(() => ID) personId: string;
  @Field() quarter: string;
  @Field() shared: boolean;
  @Field(() => Date, { nullable: true }) sharedAt: Date | null;
}
