import { Injectable } from '@nestjs/common';
import { findLevel, type Framework } from '@trellis/domain';
import { badInput, conflict, forbidden, notFound } from '../../../common/errors';
import { groupBy } from '../../../common/group-by';
import { requireId } from '../../../common/ids';
import { RequestContext } from '../../../context/request-context';
import { AuditService } from '../../directory/audit/audit.service';
import { TeamsService } from '../../directory/teams/teams.service';
import { currentFramework } from '../../frameworks/framework.loader';
import { activeCompetency, competencyRefs, rungName } from '../../growth/growth-mapping';
import { checkRange, readableDate } from '../staffing-rules';
import { AllocationStatus, ProjectStatus, WorkKind } from '../staffing.enums';
import {
  CreateProjectInput,
  NeedCompetencyInput,
  ProjectFilter,
  ProjectNeedInput,
  UpdateProjectInput,
  UpdateProjectNeedInput,
} from './dto/project.inputs';
import { OpenNeed } from '../timeline/models/timeline.model';
import { Project, ProjectNeed, RosterEntry } from './models/project.model';
import { NeedFields, NeedRow, ProjectFields, ProjectRow, ProjectsRepository, RosterRow } from './projects.repository';

const toRoster = (r: RosterRow): RosterEntry => ({
  allocationId: r.allocationId,
  personId: r.personId,
  personName: r.personName,
  needId: r.needId,
  percent: r.percent,
  kind: r.kind as WorkKind,
  status: r.status as AllocationStatus,
  startDate: r.startDate,
  endDate: r.endDate,
});

/** Projects and their needs: read by everyone in the organization, shaped by managers and admins. */
@Injectable()
export class ProjectsService {
  constructor(
    private readonly projects: ProjectsRepository,
    private readonly teams: TeamsService,
    private readonly audit: AuditService,
  ) {}

  async list(ctx: RequestContext, filter: ProjectFilter | null | undefined): Promise<Project[]> {
    const policy = await ctx.policy();
    if (!policy.canReadProjects()) throw forbidden();
    let teamIds: string[] | null = null;
    if (filter?.teamId) {
      teamIds = await this.teams.subteamIds(ctx, filter.teamId);
      if (teamIds.length === 0) throw notFound('Team');
    }
    const rows = await this.projects.list(ctx.db, ctx.orgId, {
      statuses: filter?.statuses?.length ? filter.statuses : null,
      teamIds,
    });
    return this.hydrate(ctx, rows);
  }

  async get(ctx: RequestContext, id: string, field = 'id'): Promise<Project> {
    const row = await this.find(ctx, id, field);
    return (await this.hydrate(ctx, [row]))[0];
  }

  /** The project row, NOT_FOUND when it is not in the organization. */
  async find(ctx: RequestContext, id: string, field = 'id'): Promise<ProjectRow> {
    requireId(field, id);
    ctx.requireViewer();
    const [row] = await this.projects.byIds(ctx.db, ctx.orgId, [id]);
    if (!row) throw notFound('Project');
    return row;
  }

  /** A need and its project, NOT_FOUND when either is not there. */
  async findNeed(ctx: RequestContext, id: string, field = 'needId'): Promise<NeedRow> {
    requireId(field, id);
    const [need] = await this.projects.needsByIds(ctx.db, ctx.orgId, [id]);
    if (!need) throw notFound('Need');
    return need;
  }

  async create(ctx: RequestContext, input: CreateProjectInput): Promise<Project> {
    await this.requireManager(ctx);
    const fields = await this.checkFields(ctx, null, {
      name: input.name.trim(),
      kind: input.kind,
      status: input.status,
      priority: input.priority,
      startDate: input.startDate,
      endDate: input.endDate,
      teamId: input.teamId ?? null,
      description: input.description.trim(),
    });
    const id = await this.projects.insert(ctx.db, ctx.orgId, fields);
    await this.audit.record(ctx, 'project_created', { type: 'project', id, label: fields.name });
    return this.get(ctx, id);
  }

  async update(ctx: RequestContext, id: string, input: UpdateProjectInput): Promise<Project> {
    await this.requireManager(ctx);
    const row = await this.find(ctx, id);
    const fields = await this.checkFields(ctx, row, {
      name: input.name?.trim() ?? row.name,
      kind: input.kind ?? row.kind,
      status: input.status ?? row.status,
      priority: input.priority ?? row.priority,
      startDate: input.startDate ?? row.startDate,
      endDate: input.endDate ?? row.endDate,
      teamId: input.teamId === undefined ? row.teamId : input.teamId,
      description: input.description?.trim() ?? row.description,
    });
    if (!(await this.projects.update(ctx.db, ctx.orgId, id, input.version, fields))) {
      throw conflict(`“${row.name}” was changed by someone else since you opened it. Reload and try again.`);
    }
    const changed = (Object.keys(fields) as (keyof ProjectFields)[]).filter((k) => fields[k] !== row[k]);
    await this.audit.record(ctx, 'project_updated', { type: 'project', id, label: fields.name }, { changed });
    return this.get(ctx, id);
  }

  async addNeed(ctx: RequestContext, projectId: string, input: ProjectNeedInput): Promise<Project> {
    await this.requireManager(ctx);
    const project = await this.find(ctx, projectId, 'projectId');
    const fields = await this.checkNeed(ctx, project, input);
    const id = await this.projects.insertNeed(ctx.db, ctx.orgId, project.id, fields);
    await this.audit.record(
      ctx,
      'project_need_added',
      { type: 'project', id: project.id, label: project.name },
      { needId: id },
    );
    return this.get(ctx, project.id);
  }

  async updateNeed(ctx: RequestContext, needId: string, input: UpdateProjectNeedInput): Promise<Project> {
    await this.requireManager(ctx);
    const need = await this.findNeed(ctx, needId);
    const project = await this.find(ctx, need.projectId);
    const fields = await this.checkNeed(ctx, project, input);
    if (!(await this.projects.updateNeed(ctx.db, ctx.orgId, needId, input.version, fields))) {
      throw conflict(`The need “${need.role}” was changed by someone else since you opened it. Reload and try again.`);
    }
    await this.audit.record(
      ctx,
      'project_need_updated',
      { type: 'project', id: project.id, label: project.name },
      { needId },
    );
    return this.get(ctx, project.id);
  }

  async removeNeed(ctx: RequestContext, needId: string): Promise<Project> {
    await this.requireManager(ctx);
    const need = await this.findNeed(ctx, needId);
    const project = await this.find(ctx, need.projectId);
    if (!(await this.projects.deleteNeed(ctx.db, ctx.orgId, needId))) throw notFound('Need');
    await this.audit.record(
      ctx,
      'project_need_removed',
      { type: 'project', id: project.id, label: project.name },
      { needId },
    );
    return this.get(ctx, project.id);
  }

  /** Needs with a share still open in [from, to]: placeholders everyone sees. */
  /**
   * Needs of active or proposed projects in [from, to] with a share still open (every one with
   * `all`), filled as the plan of record has it, or as a scenario (checked by the caller) leaves it.
   */
  async openNeeds(
    ctx: RequestContext,
    from: string,
    to: string,
    projectId: string | null,
    scenarioId: string | null = null,
    all = false,
  ): Promise<OpenNeed[]> {
    ctx.requireViewer();
    const rows = await this.projects.openNeeds(ctx.db, ctx.orgId, from, to, projectId, scenarioId, all);
    return rows.map((n) => ({
      id: n.id,
      projectId: n.projectId,
      projectName: n.projectName,
      role: n.role,
      percent: n.percent,
      openPercent: n.openPercent,
      startDate: n.startDate,
      endDate: n.endDate,
    }));
  }

  /** Needs (with what fills them) and rosters of many projects: two statements in all. */
  async hydrate(ctx: RequestContext, rows: ProjectRow[]): Promise<Project[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const [needs, roster, framework, policy] = await Promise.all([
      this.projects.needsOf(ctx.db, ctx.orgId, ids),
      this.projects.rosterOf(ctx.db, ctx.orgId, ids),
      currentFramework(ctx),
      ctx.policy(),
    ]);
    const needsOf = groupBy(needs, (n) => n.projectId);
    const rosterOf = groupBy(roster, (r) => r.projectId);
    const fillsOf = groupBy(
      roster.filter((r) => r.needId),
      (r) => r.needId as string,
    );
    const canEdit = policy.canManageProjects();
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      kind: r.kind as WorkKind,
      status: r.status as ProjectStatus,
      priority: r.priority,
      startDate: r.startDate,
      endDate: r.endDate,
      teamId: r.teamId,
      teamName: r.teamName,
      description: r.description,
      version: r.version,
      canEdit,
      roster: (rosterOf.get(r.id) ?? []).map(toRoster),
      needs: (needsOf.get(r.id) ?? []).map((n) => toNeed(framework.document, n, fillsOf.get(n.id) ?? [])),
    }));
  }

  private async requireManager(ctx: RequestContext): Promise<void> {
    if (!(await ctx.policy()).canManageProjects()) {
      throw forbidden('Projects are shaped by managers and admins; everyone can see them.');
    }
  }

  private async checkFields(ctx: RequestContext, current: ProjectRow | null, f: ProjectFields): Promise<ProjectFields> {
    checkRange(f.startDate, f.endDate, 'The project');
    if (f.teamId !== null && f.teamId !== current?.teamId) await this.teams.get(ctx, f.teamId);
    if (await this.projects.nameTaken(ctx.db, ctx.orgId, f.name, current?.id ?? null)) {
      throw badInput('name', `There is already a project called “${f.name}”.`);
    }
    return f;
  }

  private async checkNeed(ctx: RequestContext, project: ProjectRow, input: ProjectNeedInput): Promise<NeedFields> {
    checkRange(input.startDate, input.endDate, 'The need');
    if (input.startDate < project.startDate || input.endDate > project.endDate) {
      throw badInput(
        input.startDate < project.startDate ? 'startDate' : 'endDate',
        `The need must fall within the project (${readableDate(project.startDate)} to ${readableDate(project.endDate)}).`,
      );
    }
    const framework = (await currentFramework(ctx)).document;
    const seen = new Set<string>();
    const competencies = input.competencies.map((c: NeedCompetencyInput, i) => {
      if (seen.has(c.competencyKey)) {
        throw badInput(`competencies[${i}].competencyKey`, 'Each competency once: this one is already listed.');
      }
      seen.add(c.competencyKey);
      if (!activeCompetency(framework, c.competencyKey)) {
        throw badInput(`competencies[${i}].competencyKey`, `The framework has no competency “${c.competencyKey}”.`);
      }
      if (!findLevel(framework, c.minLevelKey)) {
        throw badInput(`competencies[${i}].minLevelKey`, `The framework has no level “${c.minLevelKey}”.`);
      }
      return { key: c.competencyKey, minLevel: c.minLevelKey };
    });
    return {
      role: input.role.trim(),
      percent: input.percent,
      startDate: input.startDate,
      endDate: input.endDate,
      competencies,
    };
  }
}

function toNeed(framework: Framework, n: NeedRow, fills: RosterRow[]): ProjectNeed {
  const refs = competencyRefs(
    framework,
    n.competencies.map((c) => c.key),
  );
  const filled = fills.reduce((sum, f) => sum + f.percent, 0);
  return {
    id: n.id,
    projectId: n.projectId,
    role: n.role,
    percent: n.percent,
    startDate: n.startDate,
    endDate: n.endDate,
    version: n.version,
    competencies: n.competencies.map((c, i) => ({
      key: c.key,
      name: refs[i].name,
      areaName: refs[i].areaName,
      minLevelKey: c.minLevel,
      minLevelName: rungName(framework, c.minLevel),
    })),
    filledBy: fills.map(toRoster),
    openPercent: Math.max(0, n.percent - filled),
  };
}
