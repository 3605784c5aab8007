/** A need's share of one person's time and what it exercises, at which level. */
export interface NeedFacts {
  /** Share of one person's time, in percent. */
  percent: number;
  competencies: readonly { key: string; name: string }[];
}

export interface CandidateFacts {
  personId: string;
  name: string;
  /** Per week of the need's range: the share of the person's capacity still free (0-1); null when away. */
  freeByWeek: readonly (number | null)[];
  /** The weeks' labels, e.g. "W3" (same length as freeByWeek). */
  weekLabels: readonly string[];
  /** For each competency of the need: the person's latest manager rating and the need's minimum, as scale positions. */
  ratings: readonly { key: string; rating: number | null; required: number | null }[];
  /** The person's open growth goals. */
  goals: readonly { id: string; title: string; competencyKeys: readonly string[] }[];
}

export interface Suggestion {
  personId: string;
  /** capacity fit × competency fit × (1 + growth value): higher first. */
  score: number;
  /** Free time against what the need asks, 0-1. */
  capacityFit: number;
  /** How well the manager ratings meet the need's minimum levels, 0-1. */
  competencyFit: number;
  /** Share of what the need exercises that the person is trying to grow, 0-1. */
  growthValue: number;
  /** The goal the work would stretch toward (the one it exercises most), if any. */
  stretchGoalId: string | null;
  meets: string[];
  below: string[];
  grows: string[];
  explanation: string;
}

/** A rating one level below the minimum can be grown into on the job; further below cannot. */
const ONE_BELOW = 0.5;
/** No manager rating yet: possible, but unproven. */
const UNRATED = 0.25;

/** Figures to six places: 0.2 / 0.4 is 0.5, not 0.5000000000000001. */
const round = (n: number) => Math.round(n * 1e6) / 1e6;

const list = (names: readonly string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

/** The longest run of weeks whose free share covers `share`, as [first, last] indexes. */
function longestRun(free: readonly (number | null)[], share: number): [number, number] | null {
  let best: [number, number] | null = null;
  let start = -1;
  for (let i = 0; i <= free.length; i++) {
    const fits = i < free.length && (free[i] ?? 0) + 1e-9 >= share;
    if (fits && start < 0) start = i;
    if (!fits && start >= 0) {
      if (!best || i - 1 - start > best[1] - best[0]) best = [start, i - 1];
      start = -1;
    }
  }
  return best;
}

/**
 * People ranked for an open need: free capacity in the need's range × competency fit (manager
 * ratings against the minimum levels) × growth value (what the need exercises that the person's
 * open goals aim at), each explained in a sentence a manager can read. Growth value adds to a
 * score rather than multiplying it by zero, so a safe candidate without goals still ranks.
 */
export function rankCandidates(need: NeedFacts, candidates: readonly CandidateFacts[]): Suggestion[] {
  const share = need.percent / 100;
  const nameOf = new Map(need.competencies.map((c) => [c.key, c.name]));
  const suggestions = candidates.map((c): Suggestion => {
    const working = c.freeByWeek.filter((f): f is number => f !== null);
    const averageFree = working.length ? working.reduce((a, b) => a + b, 0) / working.length : 0;
    const capacityFit = round(share > 0 ? Math.min(1, averageFree / share) : 1);

    const meets: string[] = [];
    const below: string[] = [];
    let fitSum = 0;
    for (const r of c.ratings) {
      const name = nameOf.get(r.key) ?? r.key;
      if (r.rating === null || r.required === null) fitSum += UNRATED;
      else if (r.rating >= r.required) {
        fitSum += 1;
        meets.push(name);
      } else {
        if (r.rating === r.required - 1) fitSum += ONE_BELOW;
        below.push(name);
      }
    }
    const competencyFit = c.ratings.length ? fitSum / c.ratings.length : 1;

    const exercised = new Set(need.competencies.map((x) => x.key));
    const goalKeys = new Set(c.goals.flatMap((g) => g.competencyKeys));
    const grows = need.competencies.filter((x) => goalKeys.has(x.key)).map((x) => x.name);
    const growthValue = exercised.size ? grows.length / exercised.size : 0;
    let stretchGoalId: string | null = null;
    let bestOverlap = 0;
    for (const goal of c.goals) {
      const overlap = goal.competencyKeys.filter((k) => exercised.has(k)).length;
      if (overlap > bestOverlap) {
        bestOverlap = overlap;
        stretchGoalId = goal.id;
      }
    }

    const run = longestRun(c.freeByWeek, share);
    const free = run
      ? `${Math.round(Math.min(...c.freeByWeek.slice(run[0], run[1] + 1).map((f) => f ?? 0)) * 100)}% free in ${
          run[0] === run[1] ? `week ${c.weekLabels[run[0]]}` : `weeks ${c.weekLabels[run[0]]}–${c.weekLabels[run[1]]}`
        }`
      : `at most ${Math.round(Math.max(0, ...working) * 100)}% free in these weeks`;
    const parts = [`${c.name} has ${free}`];
    if (meets.length) parts.push(`meets ${list(meets)}`);
    if (below.length) parts.push(`is below the level asked in ${list(below)}`);
    const sentence =
      parts.length > 2 ? `${parts.slice(0, -1).join(', ')}, ${parts[parts.length - 1]}` : parts.join(' and ');
    const explanation = grows.length
      ? `${sentence}, and is working toward ${list(grows)}, which this need exercises.`
      : `${sentence}.`;

    return {
      personId: c.personId,
      score: round(capacityFit * competencyFit * (1 + growthValue)),
      capacityFit,
      competencyFit,
      growthValue,
      stretchGoalId,
      meets,
      below,
      grows,
      explanation,
    };
  });
  return suggestions.sort((a, b) => b.score - a.score || a.personId.localeCompare(b.personId));
}
