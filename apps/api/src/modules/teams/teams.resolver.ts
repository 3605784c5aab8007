import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RequestContext } from '../../graphql/request-context';
import { Person } from '../people/models/person.model';
import { PeopleService } from '../people/people.service';
import { CreateTeamInput, UpdateTeamInput } from './dto/team.inputs';
import { Team } from './models/team.model';
import { TeamsService } from './teams.service';

@Resolver(() => Team)
export class TeamsResolver {
  constructor(
    private readonly teamsService: TeamsService,
    private readonly people: PeopleService,
  ) {}

  @Query(() => [Team], { description: 'Every team of the organization, sorted by name.' })
  teams(@Context() ctx: RequestContext): Promise<Team[]> {
    return this.teamsService.list(ctx);
  }

  @Query(() => Team)
  team(@Context() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<Team> {
    return this.teamsService.get(ctx, id);
  }

  @Mutation(() => Team)
  createTeam(@Context() ctx: RequestContext, @Args('input') input: CreateTeamInput): Promise<Team> {
    return this.teamsService.create(ctx, input);
  }

  @Mutation(() => Team)
  updateTeam(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateTeamInput,
  ): Promise<Team> {
    return this.teamsService.update(ctx, id, input);
  }

  @ResolveField(() => Person, { nullable: true })
  lead(@Context() ctx: RequestContext, @Parent() team: Team): Promise<Person | null> {
    return this.people.related(ctx, team.leadId);
  }

  @ResolveField(() => Team, { nullable: true })
  parent(@Context() ctx: RequestContext, @Parent() team: Team): Promise<Team | null> {
    return this.teamsService.related(ctx, team.parentId);
  }

  @ResolveField(() => [Team])
  children(@Context() ctx: RequestContext, @Parent() team: Team): Promise<Team[]> {
    return this.teamsService.children(ctx, team.id);
  }

  @ResolveField(() => [Person], { description: 'Active members the viewer may see.' })
  members(@Context() ctx: RequestContext, @Parent() team: Team): Promise<Person[]> {
    return this.people.teamMembers(ctx, team.id);
  }

  @ResolveField(() => Boolean)
  canEdit(@Context() ctx: RequestContext, @Parent() team: Team): Promise<boolean> {
    return this.teamsService.canEdit(ctx, team);
  }
}
