import type { CurrentUserFragment, PersonDetailFragment } from '@web/generated/graphql';

/**
 * Whether the viewer may see a person's growth records (ratings, goals, evidence): the person and
 * their manager chain. The API's policy says "self, or a manager who reaches them"; a manager may
 * edit a profile exactly when they reach the person, so a manager's `canEdit` answers it without
 * asking for the records (admins may edit everyone but are not in anyone's chain).
 */
export function canSeeGrowth(
  user: Pick<CurrentUserFragment, 'role' | 'person'> | null,
  person: Pick<PersonDetailFragment, 'id' | 'canEdit'>,
): boolean {
  if (!user) return false;
  return user.person?.id === person.id || (user.role === 'MANAGER' && person.canEdit);
}
