import { Injectable } from '@nestjs/common';
import { ratingPosition, skillCoverage } from '@trellis/domain';
import { forbidden, notFound } from '../../../common/errors';
import { requireId } from '../../../common/ids';
import { RequestContext } from '../../../context/request-context';
import { TeamsService } from '../../directory/teams/teams.service';
import { currentFramework } from '../../frameworks/framework.loader';
import { AssessmentsService } from '../../growth/assessments/assessments.service';
import { ProjectsService } from '../projects/projects.service';
import { ProjectStatus } from '../staffing.enums';
import { TimelineRepository } from '../timeline/timeline.repository';
import { MAX_TIMELINE_PEOPLE } from '../timeline/timeline.service';
import { SkillCoverage } from './models/coverage.model';

/** Which competencies the work needs rest on one person or nobody, among the people a manager reaches. */
@Injectable()
export class CoverageService {
  constructor(
    private readonly projects: ProjectsService,
    private readonly teams: TeamsService,
    private readonly staffed: TimelineRepository,
    private readonly assessments: AssessmentsService,
  ) {}

  async coverage(ctx: RequestContext, teamId: string | null | undefined): Promise<SkillCoverage> {
    const policy = await ctx.policy();
    if (!policy.canSuggestStaff()) {
      throw forbidden('Skill coverage reads people’s manager ratings, which only their manager chain sees.');
    }
    let teamIds: string[] | null = null;
    if (teamId) {
      requireId('teamId', teamId);
      teamIds = await this.teams.subteamIds(ctx, teamId);
      if (teamIds.length === 0) throw notFound('Team');
    }
    const today = ctx.today;
    const [projects, { rows: people }, framework] = await Promise.all([
      this.projects.list(ctx, {
        statuses: [ProjectStatus.ACTIVE, ProjectStatus.PROPOSED],
        teamId: teamId ?? undefined,
      }),
      this.staffed.people(
        ctx.db,
        ctx.orgId,
        { ids: policy.reachedPersonIds(), teamIds, projectId: null, kind: null, from: today, to: today },
        0,
        MAX_TIMELINE_PEOPLE,
      ),
      currentFramework(ctx),
    ]);
    const ratings = await this.assessments.latestManagerRatings(
      ctx,
      people.map((p) => p.id),
    );
    // The lowest level any open need asks of each competency.
    const required = new Map<string, string>();
    const requiredBy = new Map<string, Map<string, string>>();
    const names = new Map<string, string>();
    for (const project of projects) {
      for (const need of project.needs) {
        for (const c of need.competencies) {
          names.set(c.key, c.name);
          if (!requiredBy.has(c.key)) requiredBy.set(c.key, new Map());
          requiredBy.get(c.key)?.set(project.id, project.name);
          const current = required.get(c.key);
          const position = (key: string) =>
            framework.document.tracks.flatMap((t) => t.levels).findIndex((l) => l.key === key);
          if (current === undefined || position(c.minLevelKey) < position(current)) required.set(c.key, c.minLevelKey);
        }
      }
    }
    const ratingOf = new Map(ratings.map((r) => [`${r.personId}|${r.competencyKey}`, r.rating]));
    const holders = people.map((person) => ({
      personId: person.id,
      name: person.name,
      meets: new Set(
        [...required].flatMap(([key, level]) => {
          const rating = ratingOf.get(`${person.id}|${key}`);
          if (rating === undefined) return [];
          const have = ratingPosition(framework.document, person.track, rating);
          const need = ratingPosition(framework.document, person.track, level);
          return have !== null && need !== null && have >= need ? [key] : [];
        }),
      ),
    }));
    const reached = new Set(people.map((p) => p.id));
    const result = skillCoverage(
      [...required.keys()].map((key) => ({
        competencyKey: key,
        name: names.get(key) ?? key,
        projects: [...(requiredBy.get(key) ?? [])].map(([id, name]) => ({ id, name })),
      })),
      holders,
      projects.map((p) => ({
        id: p.id,
        name: p.name,
        competencyKeys: p.needs.flatMap((n) => n.competencies.map((c) => c.key)),
        personIds: [
          ...new Set(p.roster.filter((r) => r.endDate >= today && reached.has(r.personId)).map((r) => r.personId)),
        ],
      })),
    );
    return {
      thin: result.thin.map((c) => ({
        competencyKey: c.competencyKey,
        name: c.name,
        holders: c.holders.map((h) => ({ id: h.personId, name: h.name })),
        projects: c.projects,
      })),
      risks: result.risks.map((r) => ({
        projectId: r.projectId,
        projectName: r.projectName,
        competencyKey: r.competencyKey,
        name: r.name,
        restsOn: r.restsOn ? { id: r.restsOn.personId, name: r.restsOn.name } : null,
      })),
    };
  }
}
