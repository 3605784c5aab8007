import { Injectable } from '@nestjs/common';
import { activeCompetencies, ratingsDisagree, teamHeatmap, type RatingRecord } from '@trellis/domain';
import { badInput, forbidden, notFound } from '../../../common/errors';
import { groupBy } from '../../../common/group-by';
import { requireId } from '../../../common/ids';
import { RequestContext } from '../../../context/request-context';
import { currentFramework } from '../../frameworks/framework.loader';
import { createPeopleLoaders } from '../../directory/people/people.loader';
import { toPerson } from '../../directory/people/person.mapper';
import { TeamsService } from '../../directory/teams/teams.service';
import { RecordReadsService } from '../../directory/record-reads/record-reads.service';
import { PersonRow } from '../../directory/people/person-row';
import { readinessFrom, scaleOf } from '../assessments/assessments.service';
import { AssessmentsRepository, RatingFact } from '../assessments/assessments.repository';
import { EvidenceRepository } from '../evidence/evidence.repository';
import { EvidenceService } from '../evidence/evidence.service';
import { GoalsService } from '../goals/goals.service';
import { growthSubject } from '../../../authz/record-access';
import { QuarterClockService, quarterArgument } from '../../directory/organizations/quarter-clock.service';
import { expectationAt, rungName, toAssessment } from '../growth-mapping';
import { AssessmentSource } from '../growth.enums';
import { CompetencyDetail, GrowthOverview, TeamGrowth, TeamGrowthSummary } from './models/team-growth.model';

const toRecord = (r: RatingFact): RatingRecord => ({
  personId: r.personId,
  competencyKey: r.competencyKey,
  quarter: r.quarter,
  source: r.source,
  ratingKey: r.rating,
});

/** The most rows the heatmap shows at once; a team filter narrows a larger reach. */
export const HEATMAP_MAX_PEOPLE = 500;

@Injectable()
export class TeamGrowthService {
  constructor(
    private readonly quarters: QuarterClockService,
    private readonly assessments: AssessmentsRepository,
    private readonly evidenceRepository: EvidenceRepository,
    private readonly evidence: EvidenceService,
    private readonly goals: GoalsService,
    private readonly teams: TeamsService,
    private readonly reads: RecordReadsService,
  ) {}

  /** People × competencies for the people the manager reaches (in one team, when given). */
  async teamGrowth(
    ctx: RequestContext,
    teamId: string | null | undefined,
    quarterArg: string | null | undefined,
  ): Promise<TeamGrowth> {
    const policy = await ctx.policy();
    if (ctx.requireViewer().role !== 'manager') {
      throw forbidden('Team growth shows the people who report to you, so it is for managers.');
    }
    if (teamId) requireId('teamId', teamId);
    const clock = await this.quarters.clock(ctx);
    const quarter = quarterArgument(clock, quarterArg);
    const reached = await this.activePeople(ctx, policy.reachedPersonIds());
    // A team includes its sub-teams (Engineering holds Payments, Platform and Data).
    const teams = teamId ? new Set(await this.teams.subteamIds(ctx, teamId)) : null;
    // Teams are visible to everyone signed in: an unknown one is simply not there.
    if (teams && teams.size === 0) throw notFound('Team');
    const matching = reached
      .filter((p) => !teams || (p.teamId !== null && teams.has(p.teamId)))
      .sort((a, b) => a.name.localeCompare(b.name));
    // A director of thousands reads a team at a time: the grid and its cost stay bounded.
    const people = matching.slice(0, HEATMAP_MAX_PEOPLE);
    const ids = people.map((p) => p.id);
    const framework = (await currentFramework(ctx)).document;
    const [rows, managerRows, history, releases] = await Promise.all([
      this.assessments.ratingsOfQuarter(ctx.db, ctx.orgId, ids, quarter),
      this.assessments.latestManagerRatings(ctx.db, ctx.orgId, ids, quarter),
      this.assessments.quartersOfMany(ctx.db, ctx.orgId, ids),
      this.assessments.releases(ctx.db, ctx.orgId, ids),
      // The grid shows everyone's ratings: each of them sees that the viewer read them.
      this.reads.record(ctx, 'assessments', ids),
    ]);
    const shared = new Set(releases.filter((r) => r.quarter === quarter).map((r) => r.personId));
    const heatmap = teamHeatmap(
      framework,
      people.map((p) => ({ personId: p.id, trackKey: p.track, levelKey: p.level })),
      rows.map(toRecord),
    );
    const ratingsOf = groupBy(rows, (r) => r.personId);
    const managerRatingsOf = groupBy(managerRows, (r) => r.personId);
    return {
      totalPeople: matching.length,
      quarter: clock.toQuarter(quarter),
      quarters: [...new Set([clock.current, ...history])]
        .sort()
        .reverse()
        .map((q) => clock.toQuarter(q)),
      competencies: heatmap.competencies,
      gapRange: heatmap.gapRange,
      rows: heatmap.rows.map((row, i) => {
        const person = people[i];
        const own = ratingsOf.get(person.id) ?? [];
        const self = new Map(own.filter((r) => r.source === 'self').map((r) => [r.competencyKey, r.rating]));
        const disagreeing = new Set(
          own
            .filter((r) => {
              const selfRating = r.source === 'manager' ? self.get(r.competencyKey) : undefined;
              return selfRating !== undefined && ratingsDisagree(framework, person.track, selfRating, r.rating);
            })
            .map((r) => r.competencyKey),
        );
        return {
          person: toPerson(person),
          belowCount: row.belowCount,
          disagreementCount: disagreeing.size,
          selfRatedCount: row.selfRated,
          managerRatedCount: row.managerRated,
          managerRatingsShared: shared.has(person.id),
          cells: row.cells.map((c) => ({
            competencyKey: c.competencyKey,
            rating: c.ratingKey,
            ratingName: c.ratingKey ? rungName(framework, c.ratingKey) : null,
            source: c.source as AssessmentSource | null,
            gap: c.gap,
            disagreement: disagreeing.has(c.competencyKey),
          })),
          readiness: readinessFrom(framework, person, managerRatingsOf.get(person.id) ?? []) ?? {
            nextLevelKey: null,
            nextLevelName: null,
            met: 0,
            total: heatmap.competencies.length,
            share: 0,
            gaps: [],
          },
        };
      }),
    };
  }

  /** The ratings and evidence behind one heatmap cell. */
  async competencyDetail(
    ctx: RequestContext,
    personId: string,
    competencyKey: string,
    quarterArg: string | null | undefined,
  ): Promise<CompetencyDetail> {
    const { person, policy } = await growthSubject(ctx, personId);
    const clock = await this.quarters.clock(ctx);
    const quarter = quarterArgument(clock, quarterArg);
    const framework = (await currentFramework(ctx)).document;
    const area = framework.areas.find((a) => a.competencies.some((c) => c.key === competencyKey));
    const competency = area?.competencies.find((c) => c.key === competencyKey);
    if (!area || !competency) throw badInput('competencyKey', `The framework has no competency "${competencyKey}".`);
    const [rows, releases, evidence] = await Promise.all([
      this.assessments.forPeople(ctx.db, ctx.orgId, [personId], [quarter]),
      this.assessments.releases(ctx.db, ctx.orgId, [personId]),
      this.evidenceRepository.forPeople(ctx.db, ctx.orgId, [personId], competencyKey),
      this.reads.record(ctx, 'assessments', [personId]),
    ]);
    const managerVisible = policy.canSeeManagerRatings(
      personId,
      releases.some((r) => r.quarter === quarter),
    );
    const pick = (source: 'self' | 'manager') => {
      const row = rows.find((r) => r.competencyKey === competencyKey && r.source === source);
      return row && (source === 'self' || managerVisible) ? toAssessment(framework, person.track, row) : null;
    };
    return {
      personId,
      quarter: clock.toQuarter(quarter),
      competencyKey,
      competencyName: competency.name,
      competencyDescription: competency.description,
      areaName: area.name,
      expectation: expectationAt(competency, person.level),
      self: pick('self'),
      manager: pick('manager'),
      evidence: await this.evidence.hydrate(ctx, evidence),
    };
  }

  /**
   * Home: goals needing a look and the ratings still missing this quarter, for the viewer's
   * own record and, for a manager, everyone they reach. Nobody owes themselves a manager rating.
   * A manager also gets their reach summed up by team. The statements stay the same in number
   * however many people are reached.
   */
  async overview(ctx: RequestContext): Promise<GrowthOverview> {
    const policy = await ctx.policy();
    const viewer = ctx.requireViewer();
    const clock = await this.quarters.clock(ctx);
    const manager = viewer.role === 'manager';
    const ids = [...(viewer.personId ? [viewer.personId] : []), ...policy.reachedPersonIds()];
    const people = await this.activePeople(ctx, ids);
    const activeIds = people.map((p) => p.id);
    const framework = (await currentFramework(ctx)).document;
    const competencies = activeCompetencies(framework).map((c) => c.competency.key);
    const reachedIds = manager ? activeIds.filter((id) => id !== viewer.personId) : [];
    const [attention, counts, releases] = await Promise.all([
      this.goals.needingAttention(ctx, activeIds),
      activeIds.length
        ? this.assessments.ratedCounts(ctx.db, ctx.orgId, activeIds, clock.current, competencies)
        : Promise.resolve([]),
      reachedIds.length ? this.assessments.releases(ctx.db, ctx.orgId, reachedIds) : Promise.resolve([]),
    ]);
    const byId = new Map(people.map((p) => [p.id, p]));
    const rated = new Map(counts.map((c) => [`${c.personId}|${c.source}`, c.rated]));
    const missing = people.flatMap((person) => {
      if (scaleOf(framework, person.track).length === 0) return [];
      const missingOf = (source: string) => competencies.length - (rated.get(`${person.id}|${source}`) ?? 0);
      const selfMissing = missingOf('self');
      const managerMissing = manager && person.id !== viewer.personId ? missingOf('manager') : 0;
      if (selfMissing === 0 && managerMissing === 0) return [];
      return [{ person: toPerson(person), selfMissing, managerMissing, total: competencies.length }];
    });
    const shared = new Set(releases.filter((r) => r.quarter === clock.current).map((r) => r.personId));
    const teams = await this.teamSummaries(ctx, {
      people: people.filter((p) => p.id !== viewer.personId && manager),
      attention: attention.map((g) => g.personId),
      missing: missing.map((m) => ({ personId: m.person.id, self: m.selfMissing > 0, manager: m.managerMissing > 0 })),
      unshared: (personId) => (rated.get(`${personId}|manager`) ?? 0) > 0 && !shared.has(personId),
    });
    return {
      quarter: clock.toQuarter(clock.current),
      teams,
      goalsNeedingAttention: attention.map((g) => ({
        person: toPerson(byId.get(g.personId) as PersonRow),
        goalId: g.id,
        title: g.title,
        reason: g.reason,
        stale: g.stale,
      })),
      missingAssessments: missing,
    };
  }

  /** The reached people by team: one row per team (no team last), in counts. */
  private async teamSummaries(
    ctx: RequestContext,
    reach: {
      people: PersonRow[];
      attention: string[];
      missing: { personId: string; self: boolean; manager: boolean }[];
      unshared: (personId: string) => boolean;
    },
  ): Promise<TeamGrowthSummary[]> {
    const teamOf = new Map(reach.people.map((p) => [p.id, p.teamId]));
    const rows = new Map<string | null, Omit<TeamGrowthSummary, 'team'>>();
    const row = (teamId: string | null) => {
      let found = rows.get(teamId);
      if (!found) {
        found = {
          people: 0,
          goalsNeedingAttention: 0,
          selfRatingsMissing: 0,
          managerRatingsMissing: 0,
          unsharedRatings: 0,
        };
        rows.set(teamId, found);
      }
      return found;
    };
    for (const person of reach.people) {
      const r = row(person.teamId);
      r.people += 1;
      if (reach.unshared(person.id)) r.unsharedRatings += 1;
    }
    for (const personId of reach.attention) {
      if (teamOf.has(personId)) row(teamOf.get(personId) ?? null).goalsNeedingAttention += 1;
    }
    for (const m of reach.missing) {
      if (!teamOf.has(m.personId)) continue;
      const r = row(teamOf.get(m.personId) ?? null);
      if (m.self) r.selfRatingsMissing += 1;
      if (m.manager) r.managerRatingsMissing += 1;
    }
    // One batched lookup for every team.
    const summaries = await Promise.all(
      [...rows].map(async ([teamId, counts]) => ({ team: await this.teams.related(ctx, teamId), ...counts })),
    );
    return summaries.sort((a, b) => {
      if (!a.team || !b.team) return a.team ? -1 : b.team ? 1 : 0;
      return a.team.name.localeCompare(b.team.name);
    });
  }

  private async activePeople(ctx: RequestContext, ids: string[]): Promise<PersonRow[]> {
    const found = await ctx.loader(createPeopleLoaders).byId.loadMany(ids);
    return found.filter((p): p is PersonRow => !!p && !(p instanceof Error) && p.active);
  }
}
