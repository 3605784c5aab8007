import { Injectable } from '@nestjs/common';
import { addDays, balanceOf, isoWeekOf, mondayOf, planCalendar, rankCandidates, ratingPosition } from '@trellis/domain';
import { forbidden } from '../../../common/errors';
import { RequestContext } from '../../../context/request-context';
import { currentFramework } from '../../frameworks/framework.loader';
import { AssessmentsService } from '../../growth/assessments/assessments.service';
import { competencyRefs } from '../../growth/growth-mapping';
import { ProjectsService } from '../projects/projects.service';
import { CapacityService } from '../timeline/capacity.service';
import { TimelineRepository } from '../timeline/timeline.repository';
import { MAX_TIMELINE_PEOPLE, MAX_TIMELINE_WEEKS } from '../timeline/timeline.service';
import { NeedSuggestions } from './models/suggestion.model';

/** How many people a need's suggestions list. */
const SHOWN = 8;

/**
 * Growth-aware suggestions for an open need: the people the manager reaches, ranked by the
 * domain from their free time, their manager ratings and their open goals.
 */
@Injectable()
export class SuggestionsService {
  constructor(
    private readonly projects: ProjectsService,
    private readonly staffed: TimelineRepository,
    private readonly capacity: CapacityService,
    private readonly assessments: AssessmentsService,
  ) {}

  async forNeed(ctx: RequestContext, needId: string): Promise<NeedSuggestions> {
    const need = await this.projects.findNeed(ctx, needId);
    const policy = await ctx.policy();
    if (!policy.canSuggestStaff()) {
      throw forbidden('Suggestions weigh people’s growth goals, which only their manager chain sees.');
    }
    const project = await this.projects.get(ctx, need.projectId);
    const hydrated = project.needs.find((n) => n.id === need.id);
    const filling = new Set(hydrated?.filledBy.map((f) => f.personId) ?? []);
    const from = mondayOf(need.startDate);
    const last =
      need.endDate < addDays(from, MAX_TIMELINE_WEEKS * 7 - 1)
        ? need.endDate
        : addDays(from, MAX_TIMELINE_WEEKS * 7 - 1);
    const to = addDays(mondayOf(last), 6);
    const { rows } = await this.staffed.people(
      ctx.db,
      ctx.orgId,
      { ids: policy.reachedPersonIds(), teamIds: null, projectId: null, kind: null, from, to },
      0,
      MAX_TIMELINE_PEOPLE,
    );
    const people = rows.filter((p) => !filling.has(p.id));
    const [data, ratings, framework] = await Promise.all([
      this.capacity.load(ctx, people, from, to, policy),
      this.assessments.latestManagerRatings(
        ctx,
        people.map((p) => p.id),
      ),
      currentFramework(ctx),
    ]);
    const calendar = planCalendar(from, to);
    const weekLabels = calendar.periods.map((p) => `${isoWeekOf(p.start).week}`);
    const ratingOf = new Map(ratings.map((r) => [`${r.personId}|${r.competencyKey}`, r.rating]));
    const refs = competencyRefs(
      framework.document,
      need.competencies.map((c) => c.key),
    );
    const ranked = rankCandidates(
      { percent: need.percent, competencies: refs.map((r) => ({ key: r.key, name: r.name })) },
      people.map((person) => ({
        personId: person.id,
        name: person.name,
        weekLabels,
        freeByWeek: this.capacity.totals(calendar, person, data).map((t) => {
          if (t.capacityDays <= 0) return null;
          return Math.max(0, 1 - balanceOf(t).plannedShare);
        }),
        ratings: need.competencies.map((c) => {
          const rating = ratingOf.get(`${person.id}|${c.key}`);
          return {
            key: c.key,
            rating: rating === undefined ? null : ratingPosition(framework.document, person.track, rating),
            required: ratingPosition(framework.document, person.track, c.minLevel),
          };
        }),
        goals: data.goals.get(person.id) ?? [],
      })),
    );
    const byId = new Map(people.map((p) => [p.id, p]));
    const goalOf = new Map(people.flatMap((p) => (data.goals.get(p.id) ?? []).map((g) => [g.id, g] as const)));
    return {
      needId: need.id,
      role: need.role,
      projectName: project.name,
      percent: need.percent,
      openPercent: hydrated?.openPercent ?? need.percent,
      suggestions: ranked
        .filter((s) => s.score > 0)
        .slice(0, SHOWN)
        .map((s) => {
          const person = byId.get(s.personId);
          const goal = s.stretchGoalId ? goalOf.get(s.stretchGoalId) : undefined;
          return {
            person: {
              id: s.personId,
              name: person?.name ?? '',
              title: person?.title ?? '',
              teamId: person?.teamId ?? null,
              teamName: person?.teamName ?? null,
              workingDays: person?.workingDays ?? [],
              holidayCalendarId: person?.holidayCalendarId ?? null,
              holidayCalendarName: person?.holidayCalendarName ?? null,
            },
            score: s.score,
            capacityFit: s.capacityFit,
            competencyFit: s.competencyFit,
            growthValue: s.growthValue,
            stretchGoal: goal ? { id: goal.id, title: goal.title } : null,
            meets: s.meets,
            below: s.below,
            grows: s.grows,
            explanation: s.explanation,
          };
        }),
    };
  }
}
