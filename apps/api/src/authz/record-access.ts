import { forbidden, notFound } from '../common/errors';
import { requireId } from '../common/ids';
import { RequestContext } from '../context/request-context';
import { createPeopleLoaders } from '../modules/directory/people/people.loader';
import { PersonRow } from '../modules/directory/people/person-row';
import { Policy } from './policy';

/** The person whose records are asked for, and the viewer's policy. */
export interface GrowthSubject {
  person: PersonRow;
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

/** The name records show as their author: the viewer's person, else their email. */
export async function viewerName(ctx: RequestContext): Promise<string> {
  const viewer = ctx.requireViewer();
  if (!viewer.personId) return viewer.email;
  return (await ctx.loader(createPeopleLoaders).byId.load(viewer.personId))?.name ?? viewer.email;
}
