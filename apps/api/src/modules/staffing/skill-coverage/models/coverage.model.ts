import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class NamedRef {
  @Field(() => ID) id: string;
  @Field() name: string;
}

@ObjectType({ description: 'A competency the work needs that one person or nobody holds at the level asked.' })
export class ThinCompetency {
  @Field() competencyKey: string;
  @Field() name: string;
  @Field(() => [NamedRef]) holders: NamedRef[];
  @Field(() => [NamedRef], { description: 'The projects whose needs ask for it.' }) projects: NamedRef[];
}

@ObjectType({ description: 'A project whose needed competency rests on one of its people (bus factor 1), or on none.' })
export class ProjectSkillRisk {
  @Field(() => ID) projectId: string;
  @Field() projectName: string;
  @Field() competencyKey: string;
  @Field() name: string;
  @Field(() => NamedRef, { nullable: true, description: 'Null when nobody on the project holds it.' })
  restsOn: NamedRef | null;
}

@ObjectType({
  description: 'Skill coverage of the people a manager reaches: seen by managers only (it reads ratings).',
})
export class SkillCoverage {
  @Field(() => [ThinCompetency]) thin: ThinCompetency[];
  @Field(() => [ProjectSkillRisk]) risks: ProjectSkillRisk[];
}
