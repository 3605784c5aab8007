import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '../../../../common/local-date.scalar';
import { EvidenceKind } from '../../../growth/growth.enums';
import { CompetencyRef } from '../../../growth/models/growth-common.model';
import { WorkKind } from '../../staffing.enums';

@ObjectType()
export class OfferGoalRef {
  @Field(() => ID) id: string;
  @Field() title: string;
}

@ObjectType({
  description:
    'Work that ended and exercised competencies, offered to the person and their manager chain as an evidence entry.',
})
export class StaffingEvidenceOffer {
  @Field(() => ID) allocationId: string;
  @Field(() => ID) personId: string;
  @Field() personName: string;
  @Field(() => ID, { nullable: true }) projectId: string | null;
  @Field(() => String, { nullable: true, description: 'Null for development time without a project.' })
  projectName: string | null;
  @Field(() => String, { nullable: true, description: 'The role of the need the work filled, if any.' })
  role: string | null;
  @Field(() => WorkKind) kind: WorkKind;
  @Field(() => Int) percent: number;
  @Field(() => LocalDateScalar) startDate: string;
  @Field(() => LocalDateScalar) endDate: string;
  @Field({
    description: 'The proposed title: "Worked on Refunds API as Backend engineer, 50% for 8 weeks (12 Jan – 6 Mar)".',
  })
  title: string;
  @Field(() => EvidenceKind, { description: 'The kind of entry accepting it makes.' }) evidenceKind: EvidenceKind;
  @Field(() => [CompetencyRef], {
    description: 'What the work exercised: its need’s competencies and those of the goals it stretched toward.',
  })
  competencies: CompetencyRef[];
  @Field(() => [OfferGoalRef], { description: 'The goals the work stretched toward; the entry is linked to them.' })
  goals: OfferGoalRef[];
}
