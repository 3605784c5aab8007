import { Injectable } from '@nestjs/common';
import { badInput, conflict, forbidden, notFound } from '../../../common/errors';
import { requireId } from '../../../common/ids';
import { RequestContext } from '../../../context/request-context';
import { changedFields } from '../../../common/changes';
import { AuditRepository } from '../audit/audit.repository';
import { PeopleRepository } from '../people/people.repository';
import { CreateTeamInput, UpdateTeamInput } from './dto/team.inputs';
import { Team } from './models/team.model';
import { TeamRow } from './teams.repository';
import { createTeamLoaders } from './teams.loader';
import { TeamChanges, TeamsRepository } from './teams.repository';

export function toTeam(t: TeamRow): Team {
  return { id: t.id, name: t.name, version: t.version, leadId: t.leadId, parentId: t.parentId };
}

@Injectable()
export class TeamsService {
  constructor(
    private readonly teams: TeamsRepository,
    private readonly people: PeopleRepository,
    private readonly audit: AuditRepository,
  ) {}

  /** The organization's structure is visible to everyone in it; members are filtered per person. */
  async list(ctx: RequestContext): Promise<Team[]> {
    ctx.requireViewer();
    return (await this.teams.list(ctx.db, ctx.orgId)).map(toTeam);
  }

  /** The team's id and those of every team nested under it; empty when there is no such team. */
  subteamIds(ctx: RequestContext, teamId: string): Promise<string[]> {
    return this.teams.withSubteams(ctx.db, ctx.orgId, teamId);
  }

  async get(ctx: RequestContext, id: string): Promise<Team> {
    requireId('id', id);
    ctx.requireViewer();
    const team = await ctx.loader(createTeamLoaders).byId.load(id);
    if (!team) throw notFound('Team');
    return toTeam(team);
  }

  async related(ctx: RequestContext, id: string | null): Promise<Team | null> {
    if (!id) return null;
    const team = await ctx.loader(createTeamLoaders).byId.load(id);
    return team ? toTeam(team) : null;
  }

  async children(ctx: RequestContext, id: string): Promise<Team[]> {
    return (await ctx.loader(createTeamLoaders).childrenOf.load(id)).map(toTeam);
  }

  async canEdit(ctx: RequestContext, team: Team): Promise<boolean> {
    return (await ctx.policy()).canEditTeam(team.leadId);
  }

  async create(ctx: RequestContext, input: CreateTeamInput): Promise<Team> {
    const policy = await ctx.policy();
    if (!policy.canCreateTeam()) throw forbidden('Only admins and managers can create teams.');
    const name = input.name.trim();
    const leadId = input.leadId ?? (policy.isAdmin ? null : (ctx.viewer?.personId ?? null));
    if (!policy.isAdmin && (!leadId || !policy.canEditTeam(leadId))) {
      throw forbidden('A manager can only create teams led by themselves or someone in their reporting line.');
    }
    await this.checkName(ctx, name, null);
    if (leadId) await this.checkLead(ctx, leadId);
    if (input.parentId) await this.checkParent(ctx, null, input.parentId);
    const created = await this.teams.insert(ctx.db, ctx.orgId, { name, leadId, parentId: input.parentId ?? null });
    await this.audit.record(ctx.db, ctx.requireViewer(), 'team_created', { type: 'team', id: created.id, label: name });
    return toTeam(created);
  }

  async update(ctx: RequestContext, id: string, input: UpdateTeamInput): Promise<Team> {
    requireId('id', id);
    const policy = await ctx.policy();
    const current = await this.teams.findById(ctx.db, ctx.orgId, id);
    if (!current) throw notFound('Team');
    if (!policy.canEditTeam(current.leadId)) throw forbidden('You cannot edit this team.');
    const changes: TeamChanges = {};
    if (input.name !== undefined) {
      changes.name = input.name.trim();
      await this.checkName(ctx, changes.name, id);
    }
    if (input.leadId !== undefined && input.leadId !== current.leadId) {
      if (input.leadId !== null) {
        await this.checkLead(ctx, input.leadId);
        if (!policy.canEditTeam(input.leadId)) {
          throw forbidden('You can only make yourself or someone in your reporting line the lead.');
        }
      }
      changes.leadId = input.leadId;
    }
    if (input.parentId !== undefined) {
      if (input.parentId !== null) await this.checkParent(ctx, id, input.parentId);
      changes.parentId = input.parentId;
    }
    const updated = await this.teams.update(ctx.db, ctx.orgId, id, input.version, changes);
    if (!updated)
      throw conflict(`${current.name} was changed by someone else since you opened it. Reload and try again.`);
    const changed = changedFields(current, changes);
    if (Object.keys(changed).length) {
      const target = { type: 'team', id: updated.id, label: updated.name };
      await this.audit.record(ctx.db, ctx.requireViewer(), 'team_updated', target, changed);
    }
    return toTeam(updated);
  }

  private async checkName(ctx: RequestContext, name: string, exceptId: string | null): Promise<void> {
    if (await this.teams.nameTaken(ctx.db, ctx.orgId, name, exceptId)) {
      throw badInput('name', `A team named "${name}" already exists.`);
    }
  }

  private async checkLead(ctx: RequestContext, leadId: string): Promise<void> {
    const lead = await this.people.findById(ctx.db, ctx.orgId, leadId);
    if (!lead) throw badInput('leadId', 'That person does not exist.');
    if (!lead.active) throw badInput('leadId', `${lead.name} is inactive and cannot lead a team.`);
  }

  private async checkParent(ctx: RequestContext, teamId: string | null, parentId: string): Promise<void> {
    if (!(await this.teams.findById(ctx.db, ctx.orgId, parentId))) {
      throw badInput('parentId', 'That parent team does not exist.');
    }
    if (teamId && (await this.teams.wouldCreateCycle(ctx.db, ctx.orgId, teamId, parentId))) {
      throw badInput('parentId', 'A team cannot sit inside itself or one of its own sub-teams.');
    }
  }
}
