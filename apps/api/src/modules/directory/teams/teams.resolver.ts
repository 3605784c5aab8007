import { Args, Context, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RequestContext } from '../../../context/request-context';
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

  // Field resolvers take (parent, args, context) without parameter decorators: Nest then binds
  // them directly (its fast path) instead of running its pipeline once per row.
  @ResolveField(() => Person, { nullable: true })
  lead(team: Team, _args: unknown, ctx: RequestContext): Promise<Person | null> {
    return this.people.related(ctx, team.leadId);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: "The lead's name: the same as `lead { name }`, kept for clients that ask for the name alone.",
  })
  leadName(team: Team, _args: unknown, ctx: RequestContext): Promise<string | null> {
    return this.people.nameOf(ctx, team.leadId);
  }

  @ResolveField(() => Int, { description: 'Active members: as many as `members` lists.' })
  memberCount(team: Team, _args: unknown, ctx: RequestContext): Promise<number> {
    return this.people.teamMemberCount(ctx, team.id);
  }

  @ResolveField(() => Team, { nullable: true })
  parent(team: Team, _args: unknown, ctx: RequestContext): Promise<Team | null> {
    return this.teamsService.related(ctx, team.parentId);
  }

  @ResolveField(() => [Team])
  children(team: Team, _args: unknown, ctx: RequestContext): Promise<Team[]> {
    return this.teamsService.children(ctx, team.id);
  }

  @ResolveField(() => [Person], {
    description: 'Active members, sorted by name: the team is part of the directory everyone reads.',
  })
  members(team: Team, _args: unknown, ctx: RequestContext): Promise<Person[]> {
    return this.people.teamMembers(ctx, team.id);
  }

  @ResolveField(() => Boolean)
  canEdit(team: Team, _args: unknown, ctx: RequestContext): Promise<boolean> {
    return this.teamsService.canEdit(ctx, team);
  }
}
