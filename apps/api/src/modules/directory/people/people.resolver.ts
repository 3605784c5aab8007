import { Args, Context, Float, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RequestContext } from '../../../context/request-context';
import { Team } from '../teams/models/team.model';
import { TeamsService } from '../teams/teams.service';
import { User } from '../users/models/user.model';
import { UsersService } from '../users/users.service';
import { CreatePersonInput, PeopleFilter, UpdatePersonInput } from './dto/person.inputs';
import { PeoplePage, Person, PERSON_DETAIL } from './models/person.model';
import { PeopleService } from './people.service';

@Resolver(() => Person)
export class PeopleResolver {
  constructor(
    private readonly peopleService: PeopleService,
    private readonly teams: TeamsService,
    private readonly users: UsersService,
  ) {}

  @Query(() => [Person], { description: 'The directory: everyone in the organization, sorted by name.' })
  people(
    @Context() ctx: RequestContext,
    @Args('filter', { type: () => PeopleFilter, nullable: true }) filter?: PeopleFilter,
  ): Promise<Person[]> {
    return this.peopleService.list(ctx, filter);
  }

  @Query(() => PeoplePage, { description: 'A page of `people`: the directory at any size.' })
  peoplePage(
    @Context() ctx: RequestContext,
    @Args('filter', { type: () => PeopleFilter, nullable: true }) filter?: PeopleFilter,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset = 0,
    @Args('limit', { type: () => Int, defaultValue: 50 }) limit = 50,
  ): Promise<PeoplePage> {
    return this.peopleService.page(ctx, filter, offset, limit);
  }

  @Query(() => Person)
  person(@Context() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<Person> {
    return this.peopleService.get(ctx, id);
  }

  @Mutation(() => Person)
  createPerson(@Context() ctx: RequestContext, @Args('input') input: CreatePersonInput): Promise<Person> {
    return this.peopleService.create(ctx, input);
  }

  @Mutation(() => Person)
  updatePerson(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdatePersonInput,
  ): Promise<Person> {
    return this.peopleService.update(ctx, id, input);
  }

  // Field resolvers take (parent, args, context) without parameter decorators: Nest then binds
  // them directly (its fast path) instead of running its pipeline once per row.
  @ResolveField(() => Team, { nullable: true })
  team(person: Person, _args: unknown, ctx: RequestContext): Promise<Team | null> {
    return this.teams.related(ctx, person.teamId);
  }

  @ResolveField(() => Person, { nullable: true })
  manager(person: Person, _args: unknown, ctx: RequestContext): Promise<Person | null> {
    return this.peopleService.related(ctx, person.managerId);
  }

  @ResolveField(() => [Person], { description: 'Active direct reports, sorted by name.' })
  directReports(person: Person, _args: unknown, ctx: RequestContext): Promise<Person[]> {
    return this.peopleService.directReports(ctx, person.id);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: `The name of the person's level in the career framework. ${PERSON_DETAIL}`,
  })
  level(person: Person, _args: unknown, ctx: RequestContext): string | null | Promise<string | null> {
    return this.peopleService.levelName(ctx, person);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: `The key of the person's level in the career framework. ${PERSON_DETAIL}`,
  })
  levelKey(person: Person, _args: unknown, ctx: RequestContext): string | null | Promise<string | null> {
    return this.peopleService.detail(ctx, person, person.levelKey);
  }

  @ResolveField(() => String, { nullable: true, description: `ISO date, e.g. 2024-03-01. ${PERSON_DETAIL}` })
  startDate(person: Person, _args: unknown, ctx: RequestContext): string | null | Promise<string | null> {
    return this.peopleService.detail(ctx, person, person.startDate);
  }

  @ResolveField(() => Float, { nullable: true, description: `Hours a week for work. ${PERSON_DETAIL}` })
  weeklyCapacityHours(person: Person, _args: unknown, ctx: RequestContext): number | null | Promise<number | null> {
    return this.peopleService.detail(ctx, person, person.weeklyCapacityHours);
  }

  @ResolveField(() => [Int], {
    nullable: true,
    description: `ISO weekdays the person works, 1 (Monday) to 7; the capacity maths reads them. ${PERSON_DETAIL}`,
  })
  workingDays(person: Person, _args: unknown, ctx: RequestContext): number[] | null | Promise<number[] | null> {
    return this.peopleService.detail(ctx, person, person.workingDays);
  }

  @ResolveField(() => Boolean, {
    description:
      'Whether the viewer reads this person’s personal details (level, start date, capacity): the person, a manager they report to, someone who reports to them, or an admin.',
  })
  canSeeDetails(person: Person, _args: unknown, ctx: RequestContext): boolean | Promise<boolean> {
    return this.peopleService.canSeeDetails(ctx, person.id);
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may edit this person.' })
  canEdit(person: Person, _args: unknown, ctx: RequestContext): boolean | Promise<boolean> {
    return this.peopleService.canEdit(ctx, person.id);
  }

  @ResolveField(() => Boolean, {
    description: 'Whether the viewer may see this person’s growth records: the person and their manager chain.',
  })
  canSeeGrowth(person: Person, _args: unknown, ctx: RequestContext): boolean | Promise<boolean> {
    return this.peopleService.canSeeGrowth(ctx, person.id);
  }

  @ResolveField(() => Boolean, {
    description: 'Whether the viewer may change this person’s goals, check-ins and evidence.',
  })
  canEditGrowth(person: Person, _args: unknown, ctx: RequestContext): boolean | Promise<boolean> {
    return this.peopleService.canEditGrowth(ctx, person.id);
  }

  @ResolveField(() => User, {
    nullable: true,
    description: "The person's account: null for everyone but admins and the person.",
  })
  user(person: Person, _args: unknown, ctx: RequestContext): Promise<User | null> {
    return this.users.forPerson(ctx, person.id);
  }
}
