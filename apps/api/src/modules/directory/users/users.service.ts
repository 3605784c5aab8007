import { Injectable } from '@nestjs/common';
import { Role } from '../../../common/enums';
import { isUniqueViolation } from '../../../common/db-errors';
import { badInput, conflict, forbidden, notFound } from '../../../common/errors';
import { requireId } from '../../../common/ids';
import { RequestContext } from '../../../context/request-context';
import { AuditRepository } from '../audit/audit.repository';
import { hashPassword } from '../auth/password';
import { SessionRepository } from '../auth/session.repository';
import { PeopleRepository } from '../people/people.repository';
import { CreateUserInput } from './dto/user.inputs';
import { User } from './models/user.model';
import { UserRow } from './users.repository';
import { createUserLoaders } from './users.loader';
import { UsersRepository } from './users.repository';

/**
 * An address with an account in another organization: said without saying so, since the admin
 * may not learn who has an account elsewhere.
 */
const UNUSABLE_ADDRESS = 'This address cannot be used for a new account. Choose another address.';

export function toUser(u: UserRow): User {
  return {
    id: u.id,
    email: u.email,
    role: u.role as Role,
    active: u.active,
    lastSignInAt: u.lastSignInAt,
    personId: u.personId,
  };
}

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly people: PeopleRepository,
    private readonly sessions: SessionRepository,
    private readonly audit: AuditRepository,
  ) {}

  /** The signed-in user, or null for an anonymous request. */
  async me(ctx: RequestContext): Promise<User | null> {
    if (!ctx.viewer) return null;
    const user = await ctx.loader(createUserLoaders).byId.load(ctx.viewer.userId);
    return user ? toUser(user) : null;
  }

  async list(ctx: RequestContext): Promise<User[]> {
    await this.requireAdmin(ctx);
    return (await this.users.list(ctx.db, ctx.orgId)).map(toUser);
  }

  /** A person's account: visible to admins and to the person themselves. */
  async forPerson(ctx: RequestContext, personId: string): Promise<User | null> {
    const policy = await ctx.policy();
    if (!policy.isAdmin && !policy.isSelf(personId)) return null;
    const user = await ctx.loader(createUserLoaders).byPersonId.load(personId);
    return user ? toUser(user) : null;
  }

  async create(ctx: RequestContext, input: CreateUserInput): Promise<User> {
    await this.requireAdmin(ctx);
    const email = input.email.trim().toLowerCase();
    if (input.personId) {
      requireId('personId', input.personId);
      if (!(await this.people.findById(ctx.db, ctx.orgId, input.personId))) {
        throw badInput('personId', 'That person does not exist.');
      }
    }
    // Addresses are unique across organizations (they sign in alone), so one taken elsewhere is
    // refused too; the admin is told only about accounts they can see in their own organization.
    if (await this.users.findByEmail(ctx.db, ctx.orgId, email)) {
      throw badInput('email', `${email} already has an account.`);
    }
    const passwordHash = await hashPassword(input.password);
    let created: UserRow;
    try {
      created = await this.users.insert(ctx.db, ctx.orgId, {
        email,
        passwordHash,
        role: input.role,
        personId: input.personId ?? null,
      });
    } catch (error) {
      if (isUniqueViolation(error, 'users_email')) throw badInput('email', UNUSABLE_ADDRESS);
      if (isUniqueViolation(error, 'users_person')) throw badInput('personId', 'That person already has an account.');
      throw error;
    }
    await this.record(ctx, 'user_created', created, { role: created.role });
    return toUser(created);
  }

  async changeRole(ctx: RequestContext, userId: string, role: Role): Promise<User> {
    const user = await this.findForAdmin(ctx, userId);
    if (user.role === role) return toUser(user);
    if (user.role === 'admin' && user.active) await this.keepOneAdmin(ctx, 'change the role of');
    const updated = (await this.users.update(ctx.db, ctx.orgId, userId, { role })) as UserRow;
    await this.record(ctx, 'role_changed', updated, { from: user.role, to: role });
    return toUser(updated);
  }

  async deactivate(ctx: RequestContext, userId: string): Promise<User> {
    const user = await this.findForAdmin(ctx, userId);
    if (!user.active) return toUser(user);
    if (user.id === ctx.viewer?.userId) throw badInput('userId', 'You cannot deactivate your own account.');
    if (user.role === 'admin') await this.keepOneAdmin(ctx, 'deactivate');
    const updated = (await this.users.update(ctx.db, ctx.orgId, userId, { active: false })) as UserRow;
    await this.sessions.deleteAllForUser(ctx.db, ctx.orgId, userId);
    await this.record(ctx, 'user_deactivated', updated);
    return toUser(updated);
  }

  private async requireAdmin(ctx: RequestContext): Promise<void> {
    if (!(await ctx.policy()).canManageUsers()) throw forbidden('Only admins can manage users.');
  }

  private async findForAdmin(ctx: RequestContext, userId: string): Promise<UserRow> {
    requireId('userId', userId);
    await this.requireAdmin(ctx);
    const user = await this.users.findById(ctx.db, ctx.orgId, userId);
    if (!user) throw notFound('User');
    return user;
  }

  private async keepOneAdmin(ctx: RequestContext, verb: string): Promise<void> {
    if ((await this.users.countActiveAdmins(ctx.db, ctx.orgId)) <= 1) {
      throw conflict(`You cannot ${verb} the last active admin: the organization needs one.`);
    }
  }

  private record(
    ctx: RequestContext,
    action: 'user_created' | 'role_changed' | 'user_deactivated',
    target: UserRow,
    detail?: Record<string, unknown>,
  ) {
    const subject = { type: 'user', id: target.id, label: target.email };
    return this.audit.record(ctx.db, ctx.requireViewer(), action, subject, detail);
  }
}
