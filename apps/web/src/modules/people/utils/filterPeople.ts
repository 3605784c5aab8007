import type { PersonSummaryFragment } from '../../../generated/graphql';

export interface PeopleFilterValues {
  search: string;
  teamId: string | null;
}

export const NO_TEAM = '__none__';

function normalize(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
}

/**
 * Filters people by free text (name, title, level, team, manager; every word
 * must match somewhere) and by team, where NO_TEAM selects people without one.
 */
export function filterPeople<T extends PersonSummaryFragment>(people: readonly T[], filter: PeopleFilterValues): T[] {
  const words = normalize(filter.search).split(/\s+/).filter(Boolean);
  return people.filter((person) => {
    if (filter.teamId === NO_TEAM && person.team) return false;
    if (filter.teamId && filter.teamId !== NO_TEAM && person.team?.id !== filter.teamId) return false;
    if (words.length === 0) return true;
    const haystack = normalize(
      [person.name, person.title, person.level, person.team?.name ?? '', person.manager?.name ?? ''].join(' '),
    );
    return words.every((word) => haystack.includes(word));
  });
}

export function sortByName<T extends { name: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.name.localeCompare(b.name));
}

/** The teams that people belong to, for a filter's options. */
export function teamsOf(people: readonly PersonSummaryFragment[]): { id: string; name: string }[] {
  const teams = new Map<string, string>();
  for (const person of people) if (person.team) teams.set(person.team.id, person.team.name);
  return sortByName([...teams].map(([id, name]) => ({ id, name })));
}
