import type { Role, Track } from '@web/generated/graphql';

const roleLabels: Record<Role, string> = { ADMIN: 'Admin', MANAGER: 'Manager', MEMBER: 'Member' };
const trackLabels: Record<Track, string> = {
  INDIVIDUAL_CONTRIBUTOR: 'Individual contributor',
  MANAGEMENT: 'Management',
};

export const roleOptions = (Object.keys(roleLabels) as Role[]).map((value) => ({ value, label: roleLabels[value] }));
export const trackOptions = (Object.keys(trackLabels) as Track[]).map((value) => ({
  value,
  label: trackLabels[value],
}));

export function formatRole(role: Role): string {
  return roleLabels[role];
}

export function formatTrack(track: Track): string {
  return trackLabels[track];
}

const dateFormatter = new Intl.DateTimeFormat('en', {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
});
const dateTimeFormatter = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

/** Formats an ISO date ("2024-03-01") without shifting it by the viewer's time zone. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  const date = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? value : dateFormatter.format(date);
}

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '—';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateTimeFormatter.format(date);
}

export const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Whose record a sentence speaks of: "your" on the viewer's own, else "Sam Okafor’s". */
export function possessive(name: string, self: boolean): string {
  return self ? 'your' : `${name}’s`;
}
