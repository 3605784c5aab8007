import { fiscalQuarterOf, parseQuarterKey, previousQuarterKey, quarterKey, quarterOfKey } from '@trellis/domain';
import { Policy } from '../../authz/policy';
import { badInput, forbidden, notFound } from '../../common/errors';
import { requireId } from '../../common/ids';
import { RequestContext } from '../../graphql/request-context';
import { OrganizationsRepository } from '../organizations/organizations.repository';
import { createPeopleLoaders } from '../people/people.loader';
import { PersonEntity } from '../people/person.entity';
import { Quarter } from './models/growth-common.model';

const organizations = new OrganizationsRepository();

/** The person whose growth records are asked for, and the viewer's policy. */
export interface GrowthSubject {
  person: PersonEntity;
  policy: Policy;
}

/**
 * The person, if the viewer may read their growth records: NOT_FOUND when there is no such
 * person in the organization, FORBIDDEN for anyone but the person and their manager chain.
 */
export async function growthSubject(ctx: RequestContext, personId: string, field = 'personId'): Promise<GrowthSubject> {
  requireId(field, personId);
  const policy = await ctx.policy();
  const person = await ctx.loader(createPeopleLoaders).byId.load(personId);
  if (!person) throw notFound('Person');
  if (!policy.canReadGrowth(personId)) {
    throw forbidden('Growth records are seen by the person and their manager chain only.');
  }
  return { person, policy };
}

/** The person, if the viewer may change their growth records (goals, check-ins, evidence). */
export async function growthWriter(ctx: RequestContext, personId: string, field = 'personId'): Promise<GrowthSubject> {
  const subject = await growthSubject(ctx, personId, field);
  if (!subject.policy.canWriteGrowth(personId)) {
    throw forbidden(`Only ${subject.person.name} and their manager chain can change their growth records.`);
  }
  return subject;
}

export interface QuarterClock {
  startMonth: number;
  today: string;
  current: string;
  staleGoalDays: number;
  toQuarter(key: string): Quarter;
  /** Ratings may be written for the current quarter and, as a grace, the one before. */
  writable(key: string): boolean;
}

/**
 * The organization's calendar: today, the current quarter, and quarter keys as Quarters. A
 * request about to file something under a quarter key asks `forWrite`: it then holds the
 * organization row (FOR SHARE) to its commit, so the fiscal year's start month cannot change
 * between the key being worked out and the row being written (the settings take FOR UPDATE).
 */
export async function quarterClock(ctx: RequestContext, options: { forWrite?: boolean } = {}): Promise<QuarterClock> {
  const org = options.forWrite
    ? await organizations.calendarForShare(ctx.db, ctx.orgId)
    : await ctx.loader(createOrganizationLoader).load();
  const startMonth = org?.fiscalQuarterStartMonth ?? 1;
  const today = ctx.today;
  const current = quarterKey(fiscalQuarterOf(today, startMonth));
  const quarters = new Map<string, Quarter>();
  return {
    startMonth,
    today,
    current,
    staleGoalDays: org?.staleGoalDays ?? 21,
    // Asked once per goal or rating on a page of thousands: each key is worked out once.
    toQuarter(key) {
      let found = quarters.get(key);
      if (!found) {
        const q = quarterOfKey(key, startMonth);
        found = { key, label: q.label, start: q.start, end: q.end };
        quarters.set(key, found);
      }
      return found;
    },
    writable: (key) => key === current || key === previousQuarterKey(current),
  };
}

function createOrganizationLoader(ctx: RequestContext) {
  let org: ReturnType<OrganizationsRepository['findById']> | null = null;
  return { load: () => (org ??= organizations.findById(ctx.db, ctx.orgId)) };
}

/** A quarter argument: the current quarter when left out, BAD_USER_INPUT when malformed. */
export function quarterArgument(clock: QuarterClock, quarter: string | null | undefined, field = 'quarter'): string {
  if (quarter === null || quarter === undefined || quarter === '') return clock.current;
  return checkQuarter(clock, quarter, field);
}

/** A well-formed quarter key of this millennium (its neighbours must be keys too). */
export function checkQuarter(clock: QuarterClock, quarter: string, field: string): string {
  const parsed = parseQuarterKey(quarter);
  if (!parsed || parsed.fiscalYear < 2000 || parsed.fiscalYear > 2999) {
    throw badInput(field, `"${quarter}" is not a quarter: give one like ${clock.current}.`);
  }
  return quarter;
}

/** The name records show as their author: the viewer's person, else their email. */
export async function viewerName(ctx: RequestContext): Promise<string> {
  const viewer = ctx.requireViewer();
  if (!viewer.personId) return viewer.email;
  return (await ctx.loader(createPeopleLoaders).byId.load(viewer.personId))?.name ?? viewer.email;
}
