import { Injectable } from '@nestjs/common';
import { findLevel, type Framework } from '@trellis/domain';
import { badInput, conflict, forbidden, notFound } from '../../../common/errors';
import { requireId } from '../../../common/ids';
import { Policy } from '../../../authz/policy';
import { RequestContext } from '../../../context/request-context';
import { changedFields } from '../../../common/changes';
import { currentFramework, loadedFramework } from '../../frameworks/framework.loader';
import { AuditRepository } from '../audit/audit.repository';
import { OrganizationsRepository } from '../organizations/organizations.repository';
import { TeamsRepository } from '../teams/teams.repository';
import { CreatePersonInput, PeopleFilter, UpdatePersonInput } from './dto/person.inputs';
import { PeoplePage, Person } from './models/person.model';
import { createPeopleLoaders, primeRelated } from './people.loader';
import { PeopleRepository, PersonChanges } from './people.repository';
import { toPerson } from './person.mapper';

/**
 * A level given by key or by name (case-insensitive), on the person's track, as its key. People
 * point into the framework by key, so that renaming a level keeps everyone on it.
 */
export function resolveLevelKey(framework: Framework, trackKey: string, input: string): string {
  const wanted = input.trim().toLowerCase();
  const track = framework.tracks.find((t) => t.key === trackKey);
  const level = track?.levels.find((l) => !l.retired && (l.key === wanted || l.name.toLowerCase() === wanted));
  if (level) return level.key;
  const offered = track?.levels.filter((l) => !l.retired).map((l) => l.name) ?? [];
  const elsewhere =
    findLevel(framework, wanted) ??
    framework.tracks.flatMap((t) => t.levels).find((l) => l.name.toLowerCase() === wanted);
  const hint = offered.length ? ` Choose one of: ${offered.join(', ')}.` : '';
  throw badInput(
    'level',
    elsewhere
      ? `"${input.trim()}" is not a level of the ${track?.name ?? trackKey} track.${hint}`
      : `The framework has no level "${input.trim()}".${hint}`,
  );
}

type MaybePromise<T> = T | Promise<T>;

/** `answer` from the request's policy: at once when it was read already, else once it is. */
function withPolicy<T>(ctx: RequestContext, answer: (policy: Policy) => MaybePromise<T>): MaybePromise<T> {
  const policy = ctx.loadedPolicy();
  return policy ? answer(policy) : ctx.policy().then(answer);
}

/** A level's name for display; the stored key when the framework no longer has it. */
export function levelName(framework: Framework, levelKey: string): string {
  return findLevel(framework, levelKey)?.level.name ?? levelKey;
}

@Injectable()
export class PeopleService {
  constructor(
    private readonly people: PeopleRepository,
    private readonly teams: TeamsRepository,
    private readonly organizations: OrganizationsRepository,
    private readonly audit: AuditRepository,
  ) {}

  async list(ctx: RequestContext, filter: PeopleFilter | null | undefined): Promise<Person[]> {
    const policy = await ctx.policy();
    const rows = await this.people.list(ctx.db, ctx.orgId, { ...filter, detailIds: policy.personDetailIds() });
    return rows.map(toPerson);
  }

  /** The largest page `page` serves. */
  static readonly MAX_PAGE = 200;

  async page(
    ctx: RequestContext,
    filter: PeopleFilter | null | undefined,
    offset: number,
    limit: number,
  ): Promise<PeoplePage> {
    if (!Number.isInteger(limit) || limit < 1 || limit > PeopleService.MAX_PAGE)
      throw badInput('limit', `A page holds 1 to ${PeopleService.MAX_PAGE} people; ${limit} was asked for.`);
    if (!Number.isInteger(offset) || offset < 0 || offset > 1_000_000)
      throw badInput('offset', `The offset must be a whole number from 0 to 1,000,000; ${offset} was asked for.`);
    const policy = await ctx.policy();
    const framework = filter?.search?.trim() ? (await currentFramework(ctx)).document : null;
    const levelsMatching = (word: string) => {
      const needle = word.toLowerCase();
      return (framework?.tracks ?? []).flatMap((track) =>
        track.levels.filter((level) => level.name.toLowerCase().includes(needle)).map((level) => level.key),
      );
    };
    const { related, total } = await this.people.page(
      ctx.db,
      ctx.orgId,
      { ...filter, detailIds: policy.personDetailIds(), levelsMatching },
      offset,
      limit,
    );
    return { nodes: primeRelated(ctx, related).map(toPerson), totalCount: total, offset, limit };
  }

  async get(ctx: RequestContext, id: string): Promise<Person> {
    requireId('id', id);
    const policy = await ctx.policy();
    const person = await ctx.loader(createPeopleLoaders).byId.load(id);
    if (!person) throw notFound('Person');
    if (!policy.canReadDirectoryEntry(id)) throw forbidden('You do not have access to this person.');
    return toPerson(person);
  }

  /** A related person (manager, team lead, an account's person): a directory entry, or null. */
  async related(ctx: RequestContext, id: string | null): Promise<Person | null> {
    if (!id) return null;
    const policy = await ctx.policy();
    if (!policy.canReadDirectoryEntry(id)) return null;
    const person = await ctx.loader(createPeopleLoaders).byId.load(id);
    return person ? toPerson(person) : null;
  }

  async directReports(ctx: RequestContext, managerId: string): Promise<Person[]> {
    const policy = await ctx.policy();
    const reports = await ctx.loader(createPeopleLoaders).reportsOf.load(managerId);
    return reports.filter((p) => policy.canReadDirectoryEntry(p.id)).map(toPerson);
  }

  async teamMembers(ctx: RequestContext, teamId: string): Promise<Person[]> {
    const policy = await ctx.policy();
    const members = await ctx.loader(createPeopleLoaders).membersOf.load(teamId);
    return members.filter((p) => policy.canReadDirectoryEntry(p.id)).map(toPerson);
  }

  /** Team structure is public inside the organization: how many people, and who leads. */
  async teamMemberCount(ctx: RequestContext, teamId: string): Promise<number> {
    ctx.requireViewer();
    return ctx.loader(createPeopleLoaders).memberCountOf.load(teamId);
  }

  async nameOf(ctx: RequestContext, personId: string | null): Promise<string | null> {
    if (!personId) return null;
    ctx.requireViewer();
    return (await ctx.loader(createPeopleLoaders).byId.load(personId))?.name ?? null;
  }

  // The answers below are per row of a list: from the policy (and framework) the request has
  // already read they come at once, without a promise per row; else they wait for them.

  /** A detail of the person (level, start date, capacity) when the viewer reads their details, else null. */
  detail<T>(ctx: RequestContext, person: Person, value: T): MaybePromise<T | null> {
    return withPolicy(ctx, (policy) => (policy.canReadPersonDetails(person.id) ? value : null));
  }

  levelName(ctx: RequestContext, person: Person): MaybePromise<string | null> {
    return withPolicy(ctx, (policy) => {
      if (!policy.canReadPersonDetails(person.id)) return null;
      const framework = loadedFramework(ctx);
      if (framework) return levelName(framework.document, person.levelKey);
      return currentFramework(ctx).then((read) => levelName(read.document, person.levelKey));
    });
  }

  canSeeDetails(ctx: RequestContext, personId: string): MaybePromise<boolean> {
    return withPolicy(ctx, (policy) => policy.canReadPersonDetails(personId));
  }

  canEdit(ctx: RequestContext, personId: string): MaybePromise<boolean> {
    return withPolicy(ctx, (policy) => policy.canEditPerson(personId));
  }

  /** The client shows growth tabs by these answers rather than working the rules out itself. */
  canSeeGrowth(ctx: RequestContext, personId: string): MaybePromise<boolean> {
    return withPolicy(ctx, (policy) => policy.canReadGrowth(personId));
  }

  canEditGrowth(ctx: RequestContext, personId: string): MaybePromise<boolean> {
    return withPolicy(ctx, (policy) => policy.canWriteGrowth(personId));
  }

  async create(ctx: RequestContext, input: CreatePersonInput): Promise<Person> {
    const policy = await ctx.policy();
    if (!policy.canCreatePerson()) throw forbidden('Only admins and managers can add people.');
    // A manager's new person lands in their reach: under them unless they name someone they reach.
    const managerId = input.managerId ?? (policy.isAdmin ? null : (ctx.viewer?.personId ?? null));
    if (managerId) await this.checkManager(ctx, null, managerId);
    if (!policy.isAdmin && !managerId) throw badInput('managerId', 'Choose a manager for the new person.');
    if (input.teamId) await this.checkTeam(ctx, input.teamId);
    const settings = await this.organizations.findById(ctx.db, ctx.orgId);
    const created = await this.people.insert(ctx.db, ctx.orgId, {
      name: input.name.trim(),
      title: input.title.trim(),
      track: input.track,
      level: resolveLevelKey((await currentFramework(ctx)).document, input.track, input.level),
      teamId: input.teamId ?? null,
      managerId,
      startDate: input.startDate ?? null,
      weeklyCapacityHours: input.weeklyCapacityHours ?? settings?.defaultWeeklyCapacityHours ?? 40,
      active: true,
    });
    // The new person may be in the viewer's reach now: the answer reads their details by it.
    if (managerId) ctx.reportingLineChanged();
    const target = { type: 'person', id: created.id, label: created.name };
    await this.audit.record(ctx.db, ctx.requireViewer(), 'person_created', target);
    return toPerson(created);
  }

  async update(ctx: RequestContext, id: string, input: UpdatePersonInput): Promise<Person> {
    requireId('id', id);
    const policy = await ctx.policy();
    const current = await this.people.findById(ctx.db, ctx.orgId, id);
    if (!current) throw notFound('Person');
    if (!policy.canEditPerson(id)) throw forbidden('You cannot edit this person.');

    const changes: PersonChanges = {};
    if (input.name !== undefined) changes.name = input.name.trim();
    if (input.title !== undefined) changes.title = input.title.trim();
    if (input.track !== undefined) changes.track = input.track;
    const trackChanges = input.track !== undefined && input.track !== current.track;
    if (input.level !== undefined || trackChanges) {
      const framework = (await currentFramework(ctx)).document;
      const given = (input.level ?? current.level).trim().toLowerCase();
      // The level they are on stays acceptable (even retired since); a new one must be offered.
      const unchanged = given === current.level || given === levelName(framework, current.level).toLowerCase();
      if (!unchanged || trackChanges) {
        changes.level = resolveLevelKey(framework, input.track ?? current.track, input.level ?? current.level);
      }
    }
    if (input.startDate !== undefined) changes.startDate = input.startDate;
    if (input.weeklyCapacityHours !== undefined) changes.weeklyCapacityHours = input.weeklyCapacityHours;
    if (input.workingDays !== undefined) changes.workingDays = [...input.workingDays].sort((a, b) => a - b);
    if (input.active !== undefined) changes.active = input.active;
    if (input.teamId !== undefined) {
      if (input.teamId !== null) await this.checkTeam(ctx, input.teamId);
      changes.teamId = input.teamId;
    }
    if (input.managerId !== undefined && input.managerId !== current.managerId) {
      if (input.managerId === null) {
        // Only an admin may leave someone without a manager: a manager would lose them from view.
        if (!policy.isAdmin) throw badInput('managerId', 'Choose a manager: only an admin can remove the manager.');
      } else {
        await this.checkManager(ctx, id, input.managerId);
      }
      changes.managerId = input.managerId;
    }

    const updated = await this.people.update(ctx.db, ctx.orgId, id, input.version, changes);
    if (!updated) {
      throw conflict(`${current.name} was changed by someone else since you opened it. Reload and try again.`);
    }
    if (changes.managerId !== undefined) ctx.reportingLineChanged();
    const changed = changedFields(current, changes);
    if (Object.keys(changed).length) {
      const target = { type: 'person', id: updated.id, label: updated.name };
      await this.audit.record(ctx.db, ctx.requireViewer(), 'person_updated', target, changed);
    }
    return toPerson(updated);
  }

  private async checkTeam(ctx: RequestContext, teamId: string): Promise<void> {
    if (!(await this.teams.findById(ctx.db, ctx.orgId, teamId))) throw badInput('teamId', 'That team does not exist.');
  }

  private async checkManager(ctx: RequestContext, personId: string | null, managerId: string): Promise<void> {
    const policy = await ctx.policy();
    const manager = await this.people.findById(ctx.db, ctx.orgId, managerId);
    if (!manager) throw badInput('managerId', 'That manager does not exist.');
    // Allowed first: what is said about the manager below is for those who may choose them.
    if (!policy.canAssignManager(managerId)) {
      throw forbidden('You can only choose yourself or someone in your reporting line as manager.');
    }
    if (!manager.active) throw badInput('managerId', `${manager.name} is inactive and cannot be a manager.`);
    if (personId && (await this.people.wouldCreateCycle(ctx.db, ctx.orgId, personId, managerId))) {
      throw badInput('managerId', `${manager.name} reports to this person, so they cannot be their manager.`);
    }
  }
}
