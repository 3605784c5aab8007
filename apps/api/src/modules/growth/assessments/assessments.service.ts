import { Injectable } from '@nestjs/common';
import {
  activeCompetencies,
  competencyGap,
  latestRatings,
  nextLevel,
  previousQuarterKey,
  promotionReadiness,
  ratingScale,
  ratingsDisagree,
  type Framework,
  type RatingRung as DomainRung,
} from '@trellis/domain';
import { badInput, conflict, forbidden } from '../../../common/errors';
import { RequestContext } from '../../../context/request-context';
import { AuditService } from '../../directory/audit/audit.service';
import { RecordReadsService } from '../../directory/record-reads/record-reads.service';
import { currentFramework } from '../../frameworks/framework.loader';
import { PersonRow } from '../../directory/people/person-row';
import { AssessmentsRepository, RatingFact } from './assessments.repository';

export type { RatingFact } from './assessments.repository';
import { SaveAssessmentsInput } from './dto/assessment.inputs';
import { growthSubject, viewerName } from '../../../authz/record-access';
import {
  QuarterClock,
  QuarterClockService,
  quarterArgument,
} from '../../directory/organizations/quarter-clock.service';
import { activeCompetency, expectationAt, toAssessment, toReadiness } from '../growth-mapping';
import { AssessmentSource } from '../growth.enums';
import { AssessmentRelease, PersonGrowth, PromotionReadiness } from './models/assessment.model';

/** The track's scale, or none when the person's track is not in the framework any more. */
export function scaleOf(framework: Framework, trackKey: string): DomainRung[] {
  return framework.tracks.some((t) => t.key === trackKey) ? ratingScale(framework, trackKey) : [];
}

export function safeNextLevel(framework: Framework, person: PersonRow) {
  try {
    return nextLevel(framework, person.track, person.level);
  } catch {
    return null;
  }
}

/**
 * Readiness from the latest manager rating of each competency up to a quarter, counting only the
 * quarters the viewer may see; null when there is none.
 */
export function readinessFrom(
  framework: Framework,
  person: PersonRow,
  managerRows: readonly Pick<RatingFact, 'personId' | 'competencyKey' | 'quarter' | 'rating'>[],
): PromotionReadiness | null {
  if (managerRows.length === 0) return null;
  const latest = latestRatings(
    managerRows.map((r) => ({ ...r, source: 'manager' as const, ratingKey: r.rating })),
    'manager',
  );
  return toReadiness(
    framework,
    promotionReadiness(framework, { trackKey: person.track, levelKey: person.level }, latest),
  );
}

@Injectable()
export class AssessmentsService {
  constructor(
    private readonly quarters: QuarterClockService,
    private readonly assessments: AssessmentsRepository,
    private readonly audit: AuditService,
    private readonly reads: RecordReadsService,
  ) {}

  /**
   * The latest manager rating of each of these people and competencies, up to this quarter: what
   * staffing weighs a need against. The caller decides who may see them (the manager chain).
   */
  async latestManagerRatings(ctx: RequestContext, personIds: readonly string[]): Promise<RatingFact[]> {
    if (personIds.length === 0) return [];
    const clock = await this.quarters.clock(ctx);
    return this.assessments.latestManagerRatings(ctx.db, ctx.orgId, personIds, clock.current);
  }

  async personGrowth(
    ctx: RequestContext,
    personId: string,
    quarterArg: string | null | undefined,
  ): Promise<PersonGrowth> {
    const { person, policy } = await growthSubject(ctx, personId);
    const clock = await this.quarters.clock(ctx);
    const quarter = quarterArgument(clock, quarterArg);
    const framework = (await currentFramework(ctx)).document;
    const previous = previousQuarterKey(quarter);
    const [rows, releases, history, managerRows] = await Promise.all([
      this.assessments.forPeople(ctx.db, ctx.orgId, [personId], [quarter, previous]),
      this.assessments.releases(ctx.db, ctx.orgId, [personId]),
      this.assessments.quartersOf(ctx.db, ctx.orgId, personId),
      this.assessments.managerRatingsUpTo(ctx.db, ctx.orgId, [personId], quarter),
      // Reading someone's ratings is recorded for them to see (the kind of record only).
      this.reads.record(ctx, 'assessments', [personId]),
    ]);
    const shared = new Set(releases.map((r) => r.quarter));
    const visible = (q: string) => policy.canSeeManagerRatings(personId, shared.has(q));
    const find = (key: string, q: string, source: 'self' | 'manager') => {
      if (source === 'manager' && !visible(q)) return null;
      const row = rows.find((r) => r.competencyKey === key && r.quarter === q && r.source === source);
      return row ? toAssessment(framework, person.track, row) : null;
    };
    const scale = scaleOf(framework, person.track);
    const next = safeNextLevel(framework, person);
    const competencies = activeCompetencies(framework).map(({ area, competency }) => {
      const self = find(competency.key, quarter, 'self');
      const manager = find(competency.key, quarter, 'manager');
      return {
        competencyKey: competency.key,
        competencyName: competency.name,
        competencyDescription: competency.description,
        areaKey: area.key,
        areaName: area.name,
        expectation: expectationAt(competency, person.level),
        nextExpectation: next ? expectationAt(competency, next.key) : null,
        self,
        manager,
        previousSelf: find(competency.key, previous, 'self'),
        previousManager: find(competency.key, previous, 'manager'),
        disagreement: !!self && !!manager && ratingsDisagree(framework, person.track, self.rating, manager.rating),
        gap: manager
          ? competencyGap(framework, { trackKey: person.track, levelKey: person.level }, manager.rating)
          : null,
      };
    });
    // A quarter with unshared manager ratings only is not even listed to the person.
    const seen = history.filter((h) => h.source === 'self' || visible(h.quarter)).map((h) => h.quarter);
    const readable = managerRows.filter((r) => visible(r.quarter));
    const quarters = [...new Set([clock.current, ...seen])].sort().reverse();
    return {
      personId,
      quarter: clock.toQuarter(quarter),
      previousQuarter: clock.toQuarter(previous),
      quarters: quarters.map((q) => clock.toQuarter(q)),
      level: scale.find((r) => r.key === person.level) ?? null,
      scale,
      competencies,
      managerRatingsShared: shared.has(quarter),
      managerRatingsVisible: visible(quarter),
      canSelfAssess: policy.canSelfAssess(personId),
      canManagerAssess: policy.canManagerAssess(personId),
      writable: clock.writable(quarter),
      selfCount: competencies.filter((c) => c.self).length,
      managerCount: competencies.filter((c) => c.manager).length,
      disagreementCount: competencies.filter((c) => c.disagreement).length,
      readiness: readinessFrom(framework, person, readable),
      readinessThrough: readable.length
        ? clock.toQuarter(readable.reduce((last, r) => (r.quarter > last ? r.quarter : last), readable[0].quarter))
        : null,
    };
  }

  async save(ctx: RequestContext, input: SaveAssessmentsInput): Promise<PersonGrowth> {
    const { person, policy } = await growthSubject(ctx, input.personId);
    const self = input.source === AssessmentSource.SELF;
    if (self && !policy.canSelfAssess(person.id))
      throw forbidden(`Only ${person.name} can write their self-assessment.`);
    if (!self && !policy.canManagerAssess(person.id)) {
      throw forbidden(`Only ${person.name}'s manager chain can write their manager ratings.`);
    }
    const clock = await this.quarters.clock(ctx, { forWrite: true });
    const quarter = quarterArgument(clock, input.quarter);
    if (!clock.writable(quarter)) {
      const prev = clock.toQuarter(previousQuarterKey(clock.current)).label;
      throw badInput(
        'quarter',
        `Ratings can be written for this quarter (${clock.toQuarter(clock.current).label}) or the one before (${prev}) only.`,
      );
    }
    if (input.ratings.length === 0) throw badInput('ratings', 'Give at least one rating.');
    const framework = (await currentFramework(ctx)).document;
    const scale = scaleOf(framework, person.track).filter((r) => !r.retired);
    const seen = new Set<string>();
    input.ratings.forEach((r, i) => {
      const found = activeCompetency(framework, r.competencyKey);
      if (!found) throw badInput(`ratings.${i}.competencyKey`, `The framework has no competency "${r.competencyKey}".`);
      if (seen.has(r.competencyKey)) {
        throw badInput(`ratings.${i}.competencyKey`, `${found.competency.name} is rated twice.`);
      }
      seen.add(r.competencyKey);
      if (!scale.some((rung) => rung.key === r.rating)) {
        throw badInput(
          `ratings.${i}.rating`,
          `"${r.rating}" is not a rating for ${found.competency.name}: choose one of ${scale.map((s) => s.name).join(', ')}.`,
        );
      }
    });
    const viewer = ctx.requireViewer();
    const authorName = await viewerName(ctx);
    const stale = await this.assessments.save(
      ctx.db,
      ctx.orgId,
      { personId: person.id, quarter, source: input.source },
      { userId: viewer.userId, name: authorName },
      input.ratings.map((r) => ({
        competencyKey: r.competencyKey,
        rating: r.rating,
        comment: r.comment.trim(),
        version: r.version ?? null,
      })),
    );
    if (stale.length) {
      const names = stale.map((k) => activeCompetency(framework, k)?.competency.name ?? k).join(', ');
      throw conflict(`Someone else changed these ratings since you opened them: ${names}. Reload and try again.`);
    }
    await this.audit.record(
      ctx,
      'assessments_saved',
      { type: 'person', id: person.id, label: person.name },
      { quarter, source: input.source, ratings: input.ratings.length },
    );
    return this.personGrowth(ctx, person.id, quarter);
  }

  async share(ctx: RequestContext, personId: string, quarterArg: string, shared: boolean): Promise<AssessmentRelease> {
    const { person, policy } = await growthSubject(ctx, personId);
    if (!policy.canManagerAssess(personId)) {
      throw forbidden(`Only ${person.name}'s manager chain decides when their manager ratings are shared.`);
    }
    const clock: QuarterClock = await this.quarters.clock(ctx, { forWrite: true });
    const quarter = quarterArgument(clock, quarterArg);
    if (quarter > clock.current) throw badInput('quarter', 'A quarter that has not begun has no ratings to share.');
    if (shared) {
      const rated = await this.assessments.ratingsOfQuarter(ctx.db, ctx.orgId, [personId], quarter);
      if (!rated.some((r) => r.source === 'manager')) {
        throw badInput(
          'quarter',
          `${person.name} has no manager ratings for ${clock.toQuarter(quarter).label} to share yet.`,
        );
      }
    }
    const sharedAt = await this.assessments.setRelease(
      ctx.db,
      ctx.orgId,
      personId,
      quarter,
      shared,
      ctx.requireViewer().userId,
    );
    await this.audit.record(
      ctx,
      shared ? 'manager_ratings_shared' : 'manager_ratings_unshared',
      { type: 'person', id: person.id, label: person.name },
      { quarter },
    );
    return { personId, quarter, shared, sharedAt };
  }
}
