import type { Track } from '@web/generated/graphql';

// The default career framework's levels; the API accepts any level name, so
// these are suggestions, not a closed list.
export const defaultLevels: Record<Track, string[]> = {
  INDIVIDUAL_CONTRIBUTOR: ['Engineer', 'Senior Engineer', 'Domain Expert', 'Architect', 'Principal Architect'],
  MANAGEMENT: ['Tech Lead', 'Engineering Manager', 'Director'],
};
