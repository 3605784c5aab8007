import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'The rung below the first level of every track.' })
export class FrameworkRung {
  @Field() name: string;
  @Field() summary: string;
}

@ObjectType({ description: 'A level of a track; its key is unique across the framework.' })
export class FrameworkLevel {
  @Field() key: string;
  @Field() name: string;
  @Field() summary: string;
  @Field({ description: 'Kept for history, no longer offered.' }) retired: boolean;
  @Field() trackKey: string;
}

@ObjectType({ description: 'A career path of ordered levels, the most junior first.' })
export class FrameworkTrack {
  @Field() key: string;
  @Field() name: string;
  @Field(() => [FrameworkLevel]) levels: FrameworkLevel[];
}

@ObjectType({ description: 'What a competency expects at one level.' })
export class LevelExpectation {
  @Field() levelKey: string;
  @Field() text: string;
}

@ObjectType()
export class FrameworkCompetency {
  @Field() key: string;
  @Field() name: string;
  @Field() description: string;
  @Field() retired: boolean;
  @Field(() => [LevelExpectation], { description: 'In level order.' }) expectations: LevelExpectation[];
}

@ObjectType()
export class FrameworkArea {
  @Field() key: string;
  @Field() name: string;
  @Field() description: string;
  @Field() retired: boolean;
  @Field(() => [FrameworkCompetency]) competencies: FrameworkCompetency[];
}

@ObjectType({ description: "The organization's career framework." })
export class Framework {
  @Field() name: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => Int, { description: '0 while the organization still uses the untouched default framework.' })
  version: number;
  @Field(() => FrameworkRung) belowExpectations: FrameworkRung;
  @Field(() => [FrameworkTrack]) tracks: FrameworkTrack[];
  @Field(() => [FrameworkArea]) areas: FrameworkArea[];
}

@ObjectType({ description: 'One active competency, at two levels.' })
export class LevelComparisonRow {
  @Field() areaKey: string;
  @Field() areaName: string;
  @Field() competencyKey: string;
  @Field() competencyName: string;
  @Field(() => String, { nullable: true }) fromText: string | null;
  @Field(() => String, { nullable: true }) toText: string | null;
  @Field() changed: boolean;
}

@ObjectType({ description: 'Two levels side by side, competency by competency.' })
export class LevelComparison {
  @Field(() => FrameworkLevel) from: FrameworkLevel;
  @Field(() => FrameworkLevel) to: FrameworkLevel;
  @Field(() => [LevelComparisonRow]) rows: LevelComparisonRow[];
  @Field(() => Int) changedCount: number;
}

@ObjectType({ description: 'A problem in an imported YAML file.' })
export class FrameworkYamlProblem {
  @Field(() => Int, {
    description: '1-based line; 0 when the problem is on no line of the file (e.g. a key the file leaves out).',
  })
  line: number;
  @Field({ description: 'Where in the framework, e.g. areas[2].competencies[0]; empty for the whole file.' })
  path: string;
  @Field() message: string;
}

@ObjectType({ description: 'Either the imported framework, or the problems that refused the file (nothing written).' })
export class ImportFrameworkResult {
  @Field(() => Framework, { nullable: true }) framework: Framework | null;
  @Field(() => [FrameworkYamlProblem]) problems: FrameworkYamlProblem[];
}

@ObjectType({ description: 'A problem in an edited framework: where (a path into the input) and why.' })
export class FrameworkProblem {
  @Field({
    description:
      'Where in the input, e.g. areas[2].competencies[0].name or areas[0].competencies[1].expectations.architect; empty for the whole framework.',
  })
  path: string;
  @Field() message: string;
}

@ObjectType({ description: 'Either the saved framework, or the problems that refused the edit (nothing written).' })
export class UpdateFrameworkResult {
  @Field(() => Framework, { nullable: true }) framework: Framework | null;
  @Field(() => [FrameworkProblem]) problems: FrameworkProblem[];
}
