import { Args, Context, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { MAX_FRAMEWORK_YAML_LENGTH } from '@trellis/domain';
import { LongText } from '../../common/validation';
import { RequestContext } from '../../context/request-context';
import { FrameworkInput } from './dto/framework.input';
import { FrameworkEditingService } from './framework-editing.service';
import { FrameworksService } from './frameworks.service';
import { Framework, ImportFrameworkResult, LevelComparison, UpdateFrameworkResult } from './models/framework.model';

@Resolver(() => Framework)
export class FrameworksResolver {
  constructor(
    private readonly frameworks: FrameworksService,
    private readonly editing: FrameworkEditingService,
  ) {}

  @Query(() => Framework, { description: "The organization's career framework." })
  framework(@Context() ctx: RequestContext): Promise<Framework> {
    return this.frameworks.current(ctx);
  }

  @Query(() => LevelComparison, { description: 'Two levels side by side, by level key.' })
  compareLevels(
    @Context() ctx: RequestContext,
    @Args('from') from: string,
    @Args('to') to: string,
  ): Promise<LevelComparison> {
    return this.frameworks.compare(ctx, from, to);
  }

  @Query(() => String, { description: 'The framework as a YAML file (admins).' })
  frameworkYaml(@Context() ctx: RequestContext): Promise<string> {
    return this.frameworks.exportYaml(ctx);
  }

  @Mutation(() => ImportFrameworkResult, {
    description:
      'Replaces the framework with a YAML file (admins). `version` is the framework version the file was edited from.',
  })
  // The file is checked against MAX_FRAMEWORK_YAML_LENGTH, with its own message, by the service.
  @LongText(2 * MAX_FRAMEWORK_YAML_LENGTH)
  importFramework(
    @Context() ctx: RequestContext,
    @Args('yaml') yaml: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<ImportFrameworkResult> {
    return this.frameworks.importYaml(ctx, yaml, version);
  }

  @Mutation(() => UpdateFrameworkResult, {
    description:
      'Replaces the framework with an edited one (admins): the whole document, checked like an import. ' +
      '`version` is the framework version the edit started from.',
  })
  updateFramework(
    @Context() ctx: RequestContext,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: FrameworkInput,
  ): Promise<UpdateFrameworkResult> {
    return this.editing.update(ctx, version, input);
  }
}
