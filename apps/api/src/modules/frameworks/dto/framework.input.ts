import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, IsString, ValidateNested } from 'class-validator';
import { MaxLength } from '../../../common/validation';

/*
 * Limits against oversized requests only: far above any real framework, so that whatever the
 * YAML import accepts can be saved again from the editor. The framework's own rules (valid and
 * unique keys, text present, an expectation per level) are validateFramework's, which reports
 * them as problems with their paths rather than as a refused request.
 */
export const FRAMEWORK_INPUT_LIMITS = {
  key: 200,
  name: 300,
  text: 5000,
  frameworkDescription: 10_000,
  tracks: 20,
  levelsPerTrack: 50,
  areas: 100,
  competenciesPerArea: 200,
  /** Every level of every track. */
  expectationsPerCompetency: 1000,
} as const;

const L = FRAMEWORK_INPUT_LIMITS;
const chars = (what: string, n: number) => ({ message: `${what} holds at most ${n.toLocaleString('en')} characters.` });
const items = (what: string, n: number, things: string) => ({
  message: `${what} holds at most ${n.toLocaleString('en')} ${things}.`,
});

@InputType({ description: 'The rung below the first level of every track.' })
export class FrameworkRungInput {
  @Field() @IsString() @MaxLength(L.name, chars('A name', L.name)) name: string;
  @Field() @IsString() @MaxLength(L.text, chars('A summary', L.text)) summary: string;
}

@InputType({ description: 'A level; its key is unique across every track.' })
export class FrameworkLevelInput {
  @Field() @IsString() @MaxLength(L.key, chars('A key', L.key)) key: string;
  @Field() @IsString() @MaxLength(L.name, chars('A name', L.name)) name: string;
  @Field() @IsString() @MaxLength(L.text, chars('A summary', L.text)) summary: string;
  @Field({ defaultValue: false }) @IsOptional() @IsBoolean() retired?: boolean;
}

@InputType({ description: 'A track and its levels, the most junior first.' })
export class FrameworkTrackInput {
  @Field() @IsString() @MaxLength(L.key, chars('A key', L.key)) key: string;
  @Field() @IsString() @MaxLength(L.name, chars('A name', L.name)) name: string;
  @Field(() => [FrameworkLevelInput])
  @IsArray()
  @ArrayMaxSize(L.levelsPerTrack, items('A track', L.levelsPerTrack, 'levels'))
  @ValidateNested({ each: true })
  @Type(() => FrameworkLevelInput)
  levels: FrameworkLevelInput[];
}

@InputType({ description: 'What a competency expects at one level.' })
export class LevelExpectationInput {
  @Field() @IsString() @MaxLength(L.key, chars('A level key', L.key)) levelKey: string;
  @Field() @IsString() @MaxLength(L.text, chars('An expectation', L.text)) text: string;
}

@InputType()
export class FrameworkCompetencyInput {
  @Field() @IsString() @MaxLength(L.key, chars('A key', L.key)) key: string;
  @Field() @IsString() @MaxLength(L.name, chars('A name', L.name)) name: string;
  @Field() @IsString() @MaxLength(L.text, chars('A description', L.text)) description: string;
  @Field({ defaultValue: false }) @IsOptional() @IsBoolean() retired?: boolean;
  @Field(() => [LevelExpectationInput], { description: 'One sentence per level, by level key.' })
  @IsArray()
  @ArrayMaxSize(L.expectationsPerCompetency, items('A competency', L.expectationsPerCompetency, 'expectations'))
  @ValidateNested({ each: true })
  @Type(() => LevelExpectationInput)
  expectations: LevelExpectationInput[];
}

@InputType()
export class FrameworkAreaInput {
  @Field() @IsString() @MaxLength(L.key, chars('A key', L.key)) key: string;
  @Field() @IsString() @MaxLength(L.name, chars('A name', L.name)) name: string;
  @Field() @IsString() @MaxLength(L.text, chars('A description', L.text)) description: string;
  @Field({ defaultValue: false }) @IsOptional() @IsBoolean() retired?: boolean;
  @Field(() => [FrameworkCompetencyInput])
  @IsArray()
  @ArrayMaxSize(L.competenciesPerArea, items('An area', L.competenciesPerArea, 'competencies'))
  @ValidateNested({ each: true })
  @Type(() => FrameworkCompetencyInput)
  competencies: FrameworkCompetencyInput[];
}

@InputType({ description: 'A whole framework, as the Framework type reads it; replaces the stored one.' })
export class FrameworkInput {
  @Field() @IsString() @MaxLength(L.name, chars('A name', L.name)) name: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(L.frameworkDescription, chars('A description', L.frameworkDescription))
  description?: string | null;
  @Field(() => FrameworkRungInput)
  @ValidateNested()
  @Type(() => FrameworkRungInput)
  belowExpectations: FrameworkRungInput;
  @Field(() => [FrameworkTrackInput])
  @IsArray()
  @ArrayMaxSize(L.tracks, items('A framework', L.tracks, 'tracks'))
  @ValidateNested({ each: true })
  @Type(() => FrameworkTrackInput)
  tracks: FrameworkTrackInput[];
  @Field(() => [FrameworkAreaInput])
  @IsArray()
  @ArrayMaxSize(L.areas, items('A framework', L.areas, 'areas'))
  @ValidateNested({ each: true })
  @Type(() => FrameworkAreaInput)
  areas: FrameworkAreaInput[];
}
