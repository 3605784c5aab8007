import { Injectable } from '@nestjs/common';
import { badInput, conflict, notFound } from '../../../common/errors';
import { groupBy } from '../../../common/group-by';
import { requireId } from '../../../common/ids';
import { RequestContext } from '../../../context/request-context';
import { AuditService } from '../../directory/audit/audit.service';
import { currentFramework } from '../../frameworks/framework.loader';
import { CreateEvidenceInput, EvidenceInput, UpdateEvidenceInput } from './dto/evidence.inputs';
import { EvidenceFields, EvidenceRepository, EvidenceRow } from './evidence.repository';
import { GoalsRepository } from '../goals/goals.repository';
import { growthSubject, growthWriter, viewerName } from '../../../authz/record-access';
import { QuarterClockService } from '../../directory/organizations/quarter-clock.service';
import { activeCompetency, competencyRefs } from '../growth-mapping';
import { EvidenceKind, IncidentRole, IncidentSeverity, LearningFormat } from '../growth.enums';
import { Evidence } from './models/evidence.model';

/** Work older than this is a typo far more often than a career's first incident. */
const EARLIEST_EVIDENCE = '1970-01-01';
@Injectable()
export class EvidenceService {
  constructor(
    private readonly quarters: QuarterClockService,
    private readonly evidence: EvidenceRepository,
    private readonly goals: GoalsRepository,
    private readonly audit: AuditService,
  ) {}

  async list(ctx: RequestContext, personId: string, competencyKey: string | null | undefined): Promise<Evidence[]> {
    await growthSubject(ctx, personId);
    return this.hydrate(ctx, await this.evidence.forPeople(ctx.db, ctx.orgId, [personId], competencyKey ?? null));
  }

  /**
   * A new entry; `allocationId` when it is logged from staffing history (the caller has checked the
   * allocation is the person's, has ended, and has no entry yet).
   */
  async create(ctx: RequestContext, input: CreateEvidenceInput, allocationId: string | null = null): Promise<Evidence> {
    const { person } = await growthWriter(ctx, input.personId);
    const fields = await this.checkFields(ctx, input, []);
    await this.checkGoals(ctx, person.id, input.goalIds);
    const id = await this.evidence.insert(
      ctx.db,
      ctx.orgId,
      person.id,
      fields,
      { userId: ctx.requireViewer().userId, name: await viewerName(ctx) },
      allocationId,
    );
    await this.evidence.setGoals(ctx.db, ctx.orgId, id, [...new Set(input.goalIds)]);
    await this.audit.record(
      ctx,
      'evidence_added',
      // The log is read by admins, who do not see growth records: it names whose entry, not what.
      { type: 'evidence', id, label: `Evidence of ${person.name}` },
    );
    return this.one(ctx, id);
  }

  async update(ctx: RequestContext, id: string, input: UpdateEvidenceInput): Promise<Evidence> {
    const row = await this.find(ctx, id);
    const { person } = await growthWriter(ctx, row.personId);
    const fields = await this.checkFields(ctx, input, row.competencyKeys);
    if (input.goalIds) await this.checkGoals(ctx, row.personId, input.goalIds);
    if (!(await this.evidence.update(ctx.db, ctx.orgId, id, input.version, fields))) {
      throw conflict(`“${row.title}” was changed by someone else since you opened it. Reload and try again.`);
    }
    if (input.goalIds) await this.evidence.setGoals(ctx.db, ctx.orgId, id, [...new Set(input.goalIds)]);
    await this.audit.record(ctx, 'evidence_updated', {
      type: 'evidence',
      id,
      label: `Evidence of ${person.name}`,
    });
    return this.one(ctx, id);
  }

  async delete(ctx: RequestContext, id: string): Promise<string> {
    const row = await this.find(ctx, id);
    const { person } = await growthWriter(ctx, row.personId);
    await this.evidence.delete(ctx.db, ctx.orgId, id);
    await this.audit.record(ctx, 'evidence_deleted', {
      type: 'evidence',
      id,
      label: `Evidence of ${person.name}`,
    });
    return id;
  }

  /** Evidence rows with their competencies' names and linked goals: one more statement. */
  async hydrate(ctx: RequestContext, rows: EvidenceRow[]): Promise<Evidence[]> {
    if (rows.length === 0) return [];
    const [links, framework] = await Promise.all([
      this.evidence.goalLinks(
        ctx.db,
        ctx.orgId,
        rows.map((r) => r.id),
      ),
      currentFramework(ctx),
    ]);
    const linksOf = groupBy(links, (l) => l.evidenceId);
    return rows.map((r) => ({
      id: r.id,
      personId: r.personId,
      date: r.date,
      kind: r.kind as EvidenceKind,
      title: r.title,
      link: r.link,
      impact: r.impact,
      competencies: competencyRefs(framework.document, r.competencyKeys),
      goals: (linksOf.get(r.id) ?? []).map((l) => ({ id: l.goalId, title: l.title })),
      incidentRole: r.incidentRole as IncidentRole | null,
      incidentSeverity: r.incidentSeverity as IncidentSeverity | null,
      learningFormat: r.learningFormat as LearningFormat | null,
      createdByName: r.createdByName,
      allocationId: r.allocationId,
      version: r.version,
    }));
  }

  private async one(ctx: RequestContext, id: string): Promise<Evidence> {
    return (await this.hydrate(ctx, [await this.find(ctx, id)]))[0];
  }

  private async find(ctx: RequestContext, id: string): Promise<EvidenceRow> {
    requireId('id', id);
    const row = await this.evidence.byId(ctx.db, ctx.orgId, id);
    if (!row) throw notFound('Evidence');
    return row;
  }

  private async checkGoals(ctx: RequestContext, personId: string, goalIds: string[]): Promise<void> {
    if (goalIds.length === 0) return;
    const goals = await this.goals.byIds(ctx.db, ctx.orgId, goalIds);
    for (const id of goalIds) {
      if (!goals.some((g) => g.id === id && g.personId === personId)) {
        throw badInput('goalIds', 'Link only goals of the person the evidence is about.');
      }
    }
  }

  private async checkFields(ctx: RequestContext, input: EvidenceInput, kept: string[]): Promise<EvidenceFields> {
    const framework = (await currentFramework(ctx)).document;
    const keys = [...new Set(input.competencyKeys)];
    for (const key of keys) {
      if (!activeCompetency(framework, key) && !kept.includes(key)) {
        throw badInput('competencyKeys', `The framework has no competency "${key}".`);
      }
    }
    if (input.date > (await this.quarters.clock(ctx)).today)
      throw badInput('date', 'Evidence is of work done: the date cannot be in the future.');
    if (input.date < EARLIEST_EVIDENCE)
      throw badInput('date', `Give a date from ${EARLIEST_EVIDENCE.slice(0, 4)} on: ${input.date} looks mistyped.`);
    const incident = input.kind === EvidenceKind.INCIDENT;
    const learning = input.kind === EvidenceKind.LEARNING;
    if (incident && !input.incidentRole)
      throw badInput('incidentRole', 'Say what role the person had in the incident.');
    if (incident && !input.incidentSeverity) throw badInput('incidentSeverity', 'Give the severity of the incident.');
    if (learning && !input.learningFormat)
      throw badInput('learningFormat', 'Say whether it was a paper, a course or a conference.');
    return {
      date: input.date,
      kind: input.kind,
      title: input.title.trim(),
      link: input.link?.trim() || null,
      impact: input.impact.trim(),
      competencyKeys: keys,
      // Details of another kind are dropped rather than refused: the form may have kept them.
      incidentRole: incident ? (input.incidentRole ?? null) : null,
      incidentSeverity: incident ? (input.incidentSeverity ?? null) : null,
      learningFormat: learning ? (input.learningFormat ?? null) : null,
    };
  }
}
