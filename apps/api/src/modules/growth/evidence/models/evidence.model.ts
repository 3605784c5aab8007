import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { EvidenceKind, IncidentRole, IncidentSeverity, LearningFormat } from '../../growth.enums';
import { CompetencyRef } from '../../models/growth-common.model';

@ObjectType()
export class GoalRef {
  @Field(() => ID) id: string;
  @Field() title: string;
}

@ObjectType({ description: 'A dated piece of work that shows a competency: the person’s “works”.' })
export class Evidence {
  @Field(() => ID) id: string;
  @Field(() => ID) personId: string;
  @Field({ description: 'ISO date.' }) date: string;
  @Field(() => EvidenceKind) kind: EvidenceKind;
  @Field() title: string;
  @Field(() => String, { nullable: true }) link: string | null;
  @Field() impact: string;
  @Field(() => [CompetencyRef]) competencies: CompetencyRef[];
  @Field(() => [GoalRef]) goals: GoalRef[];
  @Field(() => IncidentRole, { nullable: true }) incidentRole: IncidentRole | null;
  @Field(() => IncidentSeverity, { nullable: true }) incidentSeverity: IncidentSeverity | null;
  @Field(() => LearningFormat, { nullable: true }) learningFormat: LearningFormat | null;
  @Field(() => String, { nullable: true }) createdByName: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'The allocation this entry was logged from (staffing history); null for an entry written by hand.',
  })
  allocationId: string | null;
  @Field(() => Int) version: number;
}
