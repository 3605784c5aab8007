import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import { RequestContext } from '../../../context/request-context';
import { CoverageService } from './coverage.service';
import { SkillCoverage } from './models/coverage.model';

/** Skill coverage: thin, the rule is the domain's. */
@Resolver()
export class CoverageResolver {
  constructor(private readonly coverageService: CoverageService) {}

  @Query(() => SkillCoverage, {
    description: 'Needed competencies held by one person or nobody, and projects with a bus factor of one (managers).',
  })
  skillCoverage(
    @Context() ctx: RequestContext,
    @Args('teamId', { type: () => ID, nullable: true }) teamId?: string | null,
  ): Promise<SkillCoverage> {
    return this.coverageService.coverage(ctx, teamId);
  }
}
