import { Args, Context, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '../../../common/enums';
import { RequestContext } from '../../../context/request-context';
import { Person } from '../people/models/person.model';
import { PeopleService } from '../people/people.service';
import { CreateUserInput } from './dto/user.inputs';
import { User } from './models/user.model';
import { UsersService } from './users.service';

@Resolver(() => User)
export class UsersResolver {
  constructor(
    private readonly usersService: UsersService,
    private readonly people: PeopleService,
  ) {}

  @Query(() => User, { nullable: true, description: 'The signed-in user, or null.' })
  me(@Context() ctx: RequestContext): Promise<User | null> {
    return this.usersService.me(ctx);
  }

  @Query(() => [User], { description: 'Every account of the organization (admins).' })
  users(@Context() ctx: RequestContext): Promise<User[]> {
    return this.usersService.list(ctx);
  }

  @Mutation(() => User, { description: 'Creates an account with a first password (admins).' })
  createUser(@Context() ctx: RequestContext, @Args('input') input: CreateUserInput): Promise<User> {
    return this.usersService.create(ctx, input);
  }

  @Mutation(() => User)
  changeUserRole(
    @Context() ctx: RequestContext,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('role', { type: () => Role }) role: Role,
  ): Promise<User> {
    return this.usersService.changeRole(ctx, userId, role);
  }

  @Mutation(() => User, { description: 'Deactivates an account and ends all its sessions (admins).' })
  deactivateUser(@Context() ctx: RequestContext, @Args('userId', { type: () => ID }) userId: string): Promise<User> {
    return this.usersService.deactivate(ctx, userId);
  }

  // Field resolvers take (parent, args, context) without parameter decorators: Nest then binds
  // them directly (its fast path) instead of running its pipeline once per row.
  @ResolveField(() => Person, { nullable: true })
  person(user: User, _args: unknown, ctx: RequestContext): Promise<Person | null> {
    return this.people.related(ctx, user.personId);
  }
}
