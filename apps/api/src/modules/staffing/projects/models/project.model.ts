import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '../../../../common/local-date.scalar';
import { AllocationStatus, ProjectStatus, WorkKind } from '../../staffing.enums';

@ObjectType({ description: 'A competency a need exercises, and the level it asks for at least.' })
export class NeedCompetency {
  @Field() key: string;
  @Field({ description: 'The current name; the key when the framework no longer has it.' }) name: string;
  @Field() areaName: string;
  @Field() minLevelKey: string;
  @Field() minLevelName: string;
}

@ObjectType({ description: 'Who works on a project, at what share, in the plan of record: seen by everyone.' })
export class RosterEntry {
  @Field(() => ID) allocationId: string;
  @Field(() => ID) personId: string;
  @Field() personName: string;
  @Field(() => ID, { nullable: true }) needId: string | null;
  @Field(() => Int, { description: 'Share of the person’s time, in percent.' }) percent: number;
  @Field(() => WorkKind) kind: WorkKind;
  @Field(() => AllocationStatus) status: AllocationStatus;
  @Field(() => LocalDateScalar) startDate: string;
  @Field(() => LocalDateScalar) endDate: string;
}

@ObjectType({ description: 'An open need on a project: a role, what it exercises, a share of time, a date range.' })
export class ProjectNeed {
  @Field(() => ID) id: string;
  @Field(() => ID) projectId: string;
  @Field() role: string;
  @Field(() => Int, { description: 'Share of one person’s time it needs, in percent.' }) percent: number;
  @Field(() => LocalDateScalar) startDate: string;
  @Field(() => LocalDateScalar) endDate: string;
  @Field(() => [NeedCompetency]) competencies: NeedCompetency[];
  @Field(() => [RosterEntry], { description: 'The allocations that fill it.' }) filledBy: RosterEntry[];
  @Field(() => Int, { description: 'The share still open: the need’s percent less what its allocations fill.' })
  openPercent: number;
  @Field(() => Int) version: number;
}

@ObjectType({
  description: 'Work that needs people: delivery, support (on-call, operations) or a development programme.',
})
export class Project {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => WorkKind) kind: WorkKind;
  @Field(() => ProjectStatus) status: ProjectStatus;
  @Field(() => Int, { description: '1 is the highest, 4 the lowest.' }) priority: number;
  @Field(() => LocalDateScalar) startDate: string;
  @Field(() => LocalDateScalar) endDate: string;
  @Field(() => ID, { nullable: true }) teamId: string | null;
  @Field(() => String, { nullable: true }) teamName: string | null;
  @Field() description: string;
  @Field(() => [ProjectNeed]) needs: ProjectNeed[];
  @Field(() => [RosterEntry], { description: 'Everyone allocated to it, in date order.' }) roster: RosterEntry[];
  @Field({ description: 'Whether the viewer may edit it and its needs.' }) canEdit: boolean;
  @Field(() => Int) version: number;
}
