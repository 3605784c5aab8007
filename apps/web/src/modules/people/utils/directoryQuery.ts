import type { PeopleFilter } from '@web/generated/graphql';

/** The directory's page size: a screenful or two, and quick at any organization size. */
export const DIRECTORY_PAGE_SIZE = 50;

/** Stands for "people in no team" among the team filter's options. */
export const NO_TEAM = '__none__';

export interface DirectoryParams {
  search: string;
  teamId: string | null;
  includeInactive: boolean;
  /** 1-based. */
  page: number;
}

/** The page number in the address, 1 when missing or not a positive whole number. */
export function pageFromParam(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

/** The variables of `peoplePage` for what the directory shows; unset filters are left out. */
export function directoryVariables({ search, teamId, includeInactive, page }: DirectoryParams) {
  const filter: PeopleFilter = { includeInactive };
  const words = search.trim();
  if (words) filter.search = words;
  if (teamId === NO_TEAM) filter.withoutTeam = true;
  else if (teamId) filter.teamId = teamId;
  return { filter, offset: (page - 1) * DIRECTORY_PAGE_SIZE, limit: DIRECTORY_PAGE_SIZE };
}

/** "1–50 of 5,000 people", "3 people", "1 person matches". */
export function rangeLabel(offset: number, shown: number, total: number, filtered = false): string {
  const count = (n: number) => `${n.toLocaleString('en-GB')} ${n === 1 ? 'person' : 'people'}`;
  if (total === 0) return filtered ? 'Nobody matches' : 'No people';
  if (shown === total) return filtered ? `${count(total)} ${total === 1 ? 'matches' : 'match'}` : count(total);
  return `${(offset + 1).toLocaleString('en-GB')}–${(offset + shown).toLocaleString('en-GB')} of ${count(total)}`;
}
