import type { Role } from '@web/generated/graphql';

/** What a reader sees in Trellis, in their role: said whenever something is closed to them. */
export function whatYouCanSee(role: Role | null | undefined): string {
  switch (role) {
    case 'ADMIN':
      return 'As an admin you see everyone in the directory with their profile details, and you manage accounts, settings and the audit log. Growth records stay with each person and their manager chain.';
    case 'MANAGER':
      return 'You see everyone in the directory, and the level, growth, goals and evidence of the people who report to you, directly or through your managers.';
    case 'MEMBER':
      return 'You see everyone in the directory (name, title, team, manager and reports), and your own growth, goals and evidence.';
    default:
      return 'Sign in to see your organization.';
  }
}

const PAGE_ROLE: Record<Role, string> = {
  ADMIN: 'admins',
  MANAGER: 'managers',
  MEMBER: 'members',
};

/** A page for one role, refused to another: who it is for, and what the reader has instead. */
export function pageForRoleMessage(required: Role, role: Role | null | undefined): string {
  const page =
    required === 'ADMIN' ? 'The admin pages are' : required === 'MANAGER' ? 'Team growth is' : 'This page is';
  return `${page} for ${PAGE_ROLE[required]}. ${whatYouCanSee(role)}`;
}

/** A person the API refused (in another organization's reach, or an old link). */
export function personRefusedMessage(role: Role | null | undefined): string {
  return `This profile is not open to you. ${whatYouCanSee(role)}`;
}

export interface ProfileAccess {
  personName: string;
  canSeeDetails: boolean;
  canSeeGrowth: boolean;
  isSelf: boolean;
  role: Role | null | undefined;
}

/**
 * On a profile whose growth is closed to the reader, what they see and who sees the rest;
 * null when nothing is held back (the person and their manager chain).
 */
export function profileAccessNote({
  personName,
  canSeeDetails,
  canSeeGrowth,
  isSelf,
  role,
}: ProfileAccess): string | null {
  if (isSelf || canSeeGrowth) return null;
  if (canSeeDetails && role === 'ADMIN') {
    return `As an admin you see ${personName}’s profile details. Their growth, goals and evidence are for them and their manager chain only.`;
  }
  if (canSeeDetails) {
    return `${personName}’s growth, goals and evidence are for them and their manager chain.`;
  }
  const rest = `${personName}’s level, start date, capacity and growth are for them and their manager chain.`;
  if (role === 'MANAGER') {
    return `You see ${personName}’s directory profile, as everyone does. ${rest} You see these for the people who report to you, directly or through your managers.`;
  }
  return `You see ${personName}’s directory profile, as everyone does. ${rest} Yours are on your own profile.`;
}
