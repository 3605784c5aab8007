import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequestContext } from '../../../context/request-context';
import {
  CreateProjectInput,
  ProjectFilter,
  ProjectNeedInput,
  UpdateProjectInput,
  UpdateProjectNeedInput,
} from './dto/project.inputs';
import { Project } from './models/project.model';
import { ProjectsService } from './projects.service';

/** Projects and their needs: thin, every rule is in the service. */
@Resolver(() => Project)
export class ProjectsResolver {
  constructor(private readonly projectsService: ProjectsService) {}

  @Query(() => [Project], { description: 'Active first, then proposed, done and cancelled; by priority.' })
  projects(
    @Context() ctx: RequestContext,
    @Args('filter', { type: () => ProjectFilter, nullable: true }) filter?: ProjectFilter | null,
  ): Promise<Project[]> {
    return this.projectsService.list(ctx, filter);
  }

  @Query(() => Project)
  project(@Context() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<Project> {
    return this.projectsService.get(ctx, id);
  }

  @Mutation(() => Project)
  createProject(@Context() ctx: RequestContext, @Args('input') input: CreateProjectInput): Promise<Project> {
    return this.projectsService.create(ctx, input);
  }

  @Mutation(() => Project)
  updateProject(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateProjectInput,
  ): Promise<Project> {
    return this.projectsService.update(ctx, id, input);
  }

  @Mutation(() => Project, { description: 'Adds an open need; returns the project.' })
  addProjectNeed(
    @Context() ctx: RequestContext,
    @Args('projectId', { type: () => ID }) projectId: string,
    @Args('input') input: ProjectNeedInput,
  ): Promise<Project> {
    return this.projectsService.addNeed(ctx, projectId, input);
  }

  @Mutation(() => Project, { description: 'Changes a need; returns its project.' })
  updateProjectNeed(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateProjectNeedInput,
  ): Promise<Project> {
    return this.projectsService.updateNeed(ctx, id, input);
  }

  @Mutation(() => Project, {
    description: 'Removes a need (its allocations stay, filling nothing); returns its project.',
  })
  removeProjectNeed(@Context() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<Project> {
    return this.projectsService.removeNeed(ctx, id);
  }
}
