import {
  activeCompetencies,
  nextQuarterKey,
  previousQuarterKey,
  quarterKeyOf,
  ratingScale,
  type Framework,
} from '@trellis/domain';
import type { EvidenceFields } from '../../modules/growth/evidence/evidence.repository';
import { newId, OrganizationPlan, PlannedPerson } from './organization-plan';

/** Growth records of a planned organization, as plain rows ready to insert. */
export interface GrowthPlan {
  assessments: {
    personId: string;
    competencyKey: string;
    quarter: string;
    source: 'self' | 'manager';
    rating: string;
    comment: string;
    authorName: string;
  }[];
  /** Quarters whose manager ratings are shared with the person. */
  releases: { personId: string; quarter: string }[];
  goals: {
    id: string;
    personId: string;
    title: string;
    description: string;
    competencyKeys: string[];
    targetLevel: string | null;
    dueQuarter: string;
    status: 'draft' | 'active' | 'at_risk' | 'done' | 'dropped';
    startDate: string;
    milestones: { title: string; done: boolean }[];
    checkIns: { date: string; progress: number; confidence: 'on_track' | 'at_risk' | 'off_track'; note: string }[];
  }[];
  evidence: (EvidenceFields & { id: string; personId: string; goalIds: string[]; createdByName: string })[];
}

/** A small deterministic hash, so the same person and competency always get the same rating. */
function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0) / 4294967296;
}

export function daysBefore(today: string, days: number): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

const COMMENTS: Record<string, [below: string, meets: string, above: string]> = {
  craft: [
    'Needs help to find their way through the codebase; pair more on the payment flows.',
    'Solid, readable changes; knows the business rules of their area.',
    'Reads the libraries we depend on and explains them to the team.',
  ],
  problem_solving: [
    'Joins incidents but waits to be told what to do.',
    'A reliable responder; writes clear timelines.',
    'Finds root causes others miss and turns them into fixes that stick.',
  ],
  robust_design: [
    'Edge cases are found in review rather than designed for.',
    'Validates inputs and keeps contracts stable.',
    'Designs APIs that other teams adopt without questions.',
  ],
  domain_expertise: [
    'Still learning the domain; asks good questions.',
    'Knows the field well enough to challenge requirements.',
    'The person others ask first about this field.',
  ],
  architecture: [
    'Focused on their component; rarely weighs alternatives.',
    'Writes trade-offs down before choosing.',
    'Shapes designs across teams and keeps them simple.',
  ],
  leadership: [
    'Not yet taking on coordination.',
    'Helps the team plan and unblocks others.',
    'Grows people around them; the team is better for it.',
  ],
  influence: [
    'Work is not yet visible outside the team.',
    'Shares what they learn in team sessions.',
    'Their talks and write-ups are used across the organization.',
  ],
};

/** Per person, areas they are strong or still weak in, so the demo radar has a shape. */
const TILT: Record<string, Partial<Record<string, number>>> = {
  'Sam Okafor': { craft: 1, problem_solving: 0.5, influence: -1, architecture: -0.5 },
  'Priya Raman': { robust_design: 1, leadership: -0.5 },
  'Jonas Becker': { domain_expertise: 1, influence: 0.5 },
  'Amara Nwosu': { craft: -0.5, problem_solving: 0.5 },
  'Luis Ortega': { architecture: 1, leadership: 0.5 },
};

type Scale = ReturnType<typeof ratingScale>;

function ratingOf(
  scale: Scale,
  person: PlannedPerson,
  levelKey: string,
  areaKey: string,
  competencyKey: string,
  salt: string,
): string {
  const level = Math.max(
    1,
    scale.findIndex((r) => r.key === levelKey),
  );
  const noise = hash(`${person.name}|${competencyKey}|${salt}`);
  const tilt = TILT[person.name]?.[areaKey] ?? 0;
  const offset = Math.round(tilt + (noise < 0.18 ? -1 : noise > 0.8 ? 1 : 0) * 0.9);
  const position = Math.min(scale.length - 1, Math.max(0, level + offset));
  return scale[position].key;
}

/**
 * Two quarters of ratings for everyone below the top: the previous quarter rated by both and
 * shared; the current one rated by managers (not shared yet) and, for some people, by themselves.
 * Sam has no self-assessment for the current quarter, so the demo can show him doing it.
 */
export function plannedRatings(
  framework: Framework,
  plan: Pick<OrganizationPlan, 'people'>,
  levelKeyOf: (p: PlannedPerson) => string,
  today: string,
  options: { currentSelf?: (p: PlannedPerson) => boolean } = {},
): Pick<GrowthPlan, 'assessments' | 'releases'> {
  const current = quarterKeyOf(today, 1);
  const previous = previousQuarterKey(current);
  const byId = new Map(plan.people.map((p) => [p.id, p]));
  const assessments: GrowthPlan['assessments'] = [];
  const releases: GrowthPlan['releases'] = [];
  const competencies = activeCompetencies(framework);
  for (const person of plan.people) {
    const manager = person.managerId ? byId.get(person.managerId) : undefined;
    if (!manager || !framework.tracks.some((t) => t.key === person.track)) continue;
    const level = levelKeyOf(person);
    const selfNow = options.currentSelf ? options.currentSelf(person) : hash(`${person.name}|self`) < 0.5;
    const scale = ratingScale(framework, person.track);
    const expected = scale.findIndex((r) => r.key === level);
    for (const { area, competency } of competencies) {
      const [below, meets, above] = COMMENTS[area.key] ?? ['', '', ''];
      const comment = (rating: string) => {
        const position = scale.findIndex((r) => r.key === rating);
        return position < expected ? below : position > expected ? above : meets;
      };
      const before = ratingOf(scale, person, level, area.key, competency.key, 'q1');
      // A quarter later some competencies have grown by a level.
      const grew = hash(`${person.name}|${competency.key}|grew`) < 0.2;
      const nowRating = grew ? bump(scale, before) : before;
      // People rate themselves a level higher than their manager now and then.
      const selfOf = (rating: string, salt: string) =>
        hash(`${person.name}|${competency.key}|${salt}`) < 0.15 ? bump(scale, rating) : rating;
      const row = (quarter: string, source: 'self' | 'manager', rating: string) => ({
        personId: person.id,
        competencyKey: competency.key,
        quarter,
        source,
        rating,
        comment: source === 'manager' ? comment(rating) : '',
        authorName: source === 'manager' ? manager.name : person.name,
      });
      assessments.push(row(previous, 'manager', before), row(previous, 'self', selfOf(before, 'self-q1')));
      assessments.push(row(current, 'manager', nowRating));
      if (selfNow) assessments.push(row(current, 'self', selfOf(nowRating, 'self-q2')));
    }
    releases.push({ personId: person.id, quarter: previous });
  }
  return { assessments, releases };
}

function bump(scale: Scale, rating: string): string {
  const i = scale.findIndex((r) => r.key === rating);
  return scale[Math.min(scale.length - 1, i + 1)].key;
}

/** The demo organization's growth: ratings for everyone, and goals and evidence for Payments. */
export function demoGrowth(
  framework: Framework,
  plan: OrganizationPlan,
  levelKeyOf: (p: PlannedPerson) => string,
  today: string,
): GrowthPlan {
  const person = (name: string) => {
    const p = plan.people.find((x) => x.name.startsWith(name));
    if (!p) throw new Error(`The demo has no ${name}`);
    return p;
  };
  const sam = person('Sam');
  const ratings = plannedRatings(framework, plan, levelKeyOf, today, {
    // Sam and Riley have not rated themselves this quarter yet: the demo shows them doing it.
    currentSelf: (p) => p.id !== sam.id && !p.name.startsWith('Riley') && hash(`${p.name}|self`) < 0.6,
  });
  const current = quarterKeyOf(today, 1);
  const next = nextQuarterKey(current);
  const ago = (days: number) => daysBefore(today, days);
  const goals: GrowthPlan['goals'] = [];
  const evidence: GrowthPlan['evidence'] = [];
  const goal = (g: Omit<GrowthPlan['goals'][number], 'id'>) => {
    const id = newId();
    // As the API does: a worried last check-in marks an open goal at risk.
    const latest = [...g.checkIns].sort((a, b) => a.date.localeCompare(b.date)).at(-1);
    const worried = g.status === 'active' && latest !== undefined && latest.confidence !== 'on_track';
    goals.push({ id, ...g, status: worried ? 'at_risk' : g.status });
    return id;
  };
  const entry = (
    e: Omit<GrowthPlan['evidence'][number], 'id' | 'link' | 'incidentRole' | 'incidentSeverity' | 'learningFormat'> &
      Partial<GrowthPlan['evidence'][number]>,
  ) => {
    evidence.push({ id: newId(), link: null, incidentRole: null, incidentSeverity: null, learningFormat: null, ...e });
  };

  const refunds = goal({
    personId: sam.id,
    title: 'Design the refunds API',
    description:
      'Own the design of the new refunds API end to end: write the design document, review it with Platform, and ship the first version behind a flag.',
    competencyKeys: ['api_contracts', 'trade_off_analysis'],
    targetLevel: 'senior_engineer',
    dueQuarter: next,
    status: 'active',
    startDate: ago(70),
    milestones: [
      { title: 'Design document reviewed by Platform', done: true },
      { title: 'Idempotency keys agreed with the ledger team', done: true },
      { title: 'First version behind a flag in production', done: false },
    ],
    checkIns: [
      { date: ago(56), progress: 15, confidence: 'on_track', note: 'Draft design shared with Maya and Jonas.' },
      {
        date: ago(35),
        progress: 35,
        confidence: 'on_track',
        note: 'Review with Platform done; two open questions on retries.',
      },
      { date: ago(9), progress: 55, confidence: 'on_track', note: 'Idempotency settled; implementation started.' },
    ],
  });
  const postmortem = goal({
    personId: sam.id,
    title: 'Lead a blameless postmortem',
    description: 'Facilitate the postmortem of the next payments incident and follow its actions to the end.',
    competencyKeys: ['incident_response', 'learning_from_failure'],
    targetLevel: 'senior_engineer',
    dueQuarter: current,
    status: 'active',
    startDate: ago(80),
    milestones: [
      { title: 'Shadow a postmortem run by Priya', done: true },
      { title: 'Facilitate one', done: false },
    ],
    checkIns: [{ date: ago(40), progress: 30, confidence: 'at_risk', note: 'No incident to practise on yet.' }],
  });
  goal({
    personId: sam.id,
    title: 'Present a paper at the reading group',
    description:
      'Read and present "Designing Data-Intensive Applications", chapter 9, to the engineering reading group.',
    competencyKeys: ['writing_and_talks', 'following_the_field'],
    targetLevel: null,
    dueQuarter: current,
    status: 'done',
    startDate: ago(120),
    milestones: [{ title: 'Slides reviewed by Jonas', done: true }],
    checkIns: [{ date: ago(60), progress: 100, confidence: 'on_track', note: 'Presented; 25 people came.' }],
  });
  entry({
    personId: sam.id,
    date: ago(48),
    kind: 'incident',
    title: 'Card payments declined for 40 minutes',
    impact: 'Found the expired certificate on the acquirer connection and rolled out the fix; wrote the timeline.',
    competencyKeys: ['incident_response', 'mental_model'],
    incidentRole: 'responder',
    incidentSeverity: 'sev2',
    goalIds: [postmortem],
    createdByName: sam.name,
  });
  entry({
    personId: sam.id,
    date: ago(38),
    kind: 'design',
    title: 'Refunds API design document',
    link: 'https://docs.acme.test/design/refunds-api',
    impact: 'Agreed with Platform and the ledger team; idempotency and retries specified up front.',
    competencyKeys: ['api_contracts', 'trade_off_analysis', 'unusual_conditions'],
    goalIds: [refunds],
    createdByName: sam.name,
  });
  entry({
    personId: sam.id,
    date: ago(60),
    kind: 'learning',
    title: 'Presented DDIA chapter 9 at the reading group',
    impact: 'Explained consistency and consensus with examples from our ledger.',
    competencyKeys: ['writing_and_talks', 'following_the_field'],
    learningFormat: 'paper',
    goalIds: [],
    createdByName: sam.name,
  });
  entry({
    personId: sam.id,
    date: ago(20),
    kind: 'code_review',
    title: 'Reviewed the currency rounding change',
    impact: 'Caught a rounding error for zero-decimal currencies before release.',
    competencyKeys: ['defensive_code', 'code_and_business_logic'],
    goalIds: [],
    createdByName: person('Maya').name,
  });
  entry({
    personId: sam.id,
    date: ago(12),
    kind: 'delivery',
    title: 'Shipped saved cards for returning customers',
    impact: 'Checkout time for returning customers down by a third.',
    competencyKeys: ['code_and_business_logic'],
    goalIds: [],
    createdByName: sam.name,
  });

  // The rest of Payments: one goal each, in different states, and some evidence.
  const others: [string, string, string[], string, number, number, 'on_track' | 'at_risk' | 'off_track'][] = [
    ['Priya', 'Mentor Amara through her first on-call', ['team_building_and_growth'], 'Mentoring', 60, 5, 'on_track'],
    [
      'Jonas',
      'Publish the payments domain guide',
      ['works_others_use', 'depth_in_a_field'],
      'Writing',
      90,
      30,
      'at_risk',
    ],
    [
      'Amara',
      'Own the payouts reconciliation job',
      ['code_and_business_logic', 'defensive_code'],
      'Ownership',
      50,
      25,
      'on_track',
    ],
    [
      'Luis',
      'Propose the ledger partitioning plan',
      ['scalability_operability', 'evolvable_systems'],
      'Design',
      75,
      12,
      'off_track',
    ],
  ];
  for (const [name, title, keys, kind, started, lastCheckIn, confidence] of others) {
    const p = person(name);
    const id = goal({
      personId: p.id,
      title,
      description: `${kind} goal agreed with Maya at the start of the quarter.`,
      competencyKeys: keys,
      targetLevel: null,
      dueQuarter: current,
      status: confidence === 'on_track' ? 'active' : 'at_risk',
      startDate: ago(started),
      milestones: [
        { title: 'Plan agreed with Maya', done: true },
        { title: 'First result shared with the team', done: confidence === 'on_track' },
      ],
      checkIns: [
        { date: ago(lastCheckIn + 14), progress: 20, confidence: 'on_track', note: 'Started.' },
        { date: ago(lastCheckIn), progress: confidence === 'on_track' ? 60 : 30, confidence, note: 'Progress update.' },
      ],
    });
    entry({
      personId: p.id,
      date: ago(lastCheckIn + 3),
      kind:
        kind === 'Mentoring' ? 'mentoring' : kind === 'Design' ? 'design' : kind === 'Writing' ? 'talk' : 'delivery',
      title: `${title}: first step`,
      impact: 'Shared with the team in the weekly review.',
      competencyKeys: keys,
      goalIds: [id],
      createdByName: p.name,
    });
  }
  return { ...ratings, goals, evidence };
}

/** One goal with a check-in for everyone with a manager; every third one stale. */
export function plannedGoals(plan: Pick<OrganizationPlan, 'people'>, today: string): Pick<GrowthPlan, 'goals'> {
  const current = quarterKeyOf(today, 1);
  return {
    goals: plan.people
      .filter((p) => p.managerId)
      .map((p, i) => ({
        id: newId(),
        personId: p.id,
        title: `Grow as ${p.title.toLowerCase()}`,
        description: '',
        competencyKeys: ['api_contracts'],
        targetLevel: null,
        dueQuarter: nextQuarterKey(current),
        status: 'active' as const,
        startDate: daysBefore(today, 60),
        milestones: [{ title: 'Plan agreed', done: true }],
        checkIns: [
          { date: daysBefore(today, i % 3 === 0 ? 40 : 5), progress: 30, confidence: 'on_track' as const, note: '' },
        ],
      })),
  };
}
