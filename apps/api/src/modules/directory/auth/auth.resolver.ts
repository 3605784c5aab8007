import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { RequestContext } from '../../../context/request-context';
import { User } from '../users/models/user.model';
import { UsersService } from '../users/users.service';
import { AuthService } from './auth.service';
import { SignInInput } from './sign-in.input';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Mutation(() => User, { description: 'Starts a session (cookie) for the account.' })
  async signIn(@Context() ctx: RequestContext, @Args('input') input: SignInInput): Promise<User> {
    const viewer = await this.auth.signIn(ctx, input.email, input.password);
    // The request's transaction was opened anonymously: read the user as them from now on.
    await ctx.actAs(viewer);
    return (await this.users.me(ctx)) as User;
  }

  @Mutation(() => Boolean, { description: 'Ends the current session; true when one was open.' })
  signOut(@Context() ctx: RequestContext): Promise<boolean> {
    return this.auth.signOut(ctx);
  }
}
