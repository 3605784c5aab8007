/**
 * A career framework: tracks of ordered levels, and areas of competencies that state, in plain
 * sentences, what is expected of each competency at each level.
 *
 * Keys are stable slugs that records point to (a person's level, an assessment's competency);
 * names are what people read and may change freely. Nothing is ever deleted once used: it is
 * marked `retired` so that history keeps pointing at something.
 */
export interface Framework {
  name: string;
  description?: string;
  /**
   * The rung below the first level of every track. It is one framework-wide rung with a single
   * description, not a level of any track: competencies state no expectation for it, because
   * "below expectations" means "not yet meeting the first level of the person's track".
   */
  belowExpectations: BelowExpectationsRung;
  tracks: Track[];
  areas: Area[];
}

/** The fixed key of the below-expectations rung; no level may use it. */
export const BELOW_EXPECTATIONS_KEY = 'below_expectations';

export interface BelowExpectationsRung {
  key: typeof BELOW_EXPECTATIONS_KEY;
  name: string;
  summary: string;
}

/** A career path, e.g. `individual_contributor` or `management`. */
export interface Track {
  key: string;
  name: string;
  /** Ordered from the most junior level to the most senior one. */
  levels: Level[];
}

export interface Level {
  /** Unique across all tracks of the framework. */
  key: string;
  name: string;
  /** One or two sentences on the level's scope and impact. */
  summary: string;
  /** Kept for history (people and ratings that point at it) but no longer offered. */
  retired?: boolean;
}

export interface Area {
  key: string;
  name: string;
  description: string;
  competencies: Competency[];
  retired?: boolean;
}

export interface Competency {
  /** Unique across all areas of the framework. */
  key: string;
  name: string;
  description: string;
  /**
   * What is expected at each level, by level key. Every active competency (in an active area)
   * states one sentence for every active level of every track; retired levels and retired
   * competencies may lack one. Never keyed by `below_expectations`.
   */
  expectations: Record<string, string>;
  retired?: boolean;
}

/** A key: lowercase letters and digits, words joined by single `_` or `-`, at most 64 characters. */
export const KEY_PATTERN = /^[a-z0-9]+(?:[_-][a-z0-9]+)*$/;
export const KEY_MAX_LENGTH = 64;

/** One problem found in a framework (from YAML or from an object): where, and why. */
export interface FrameworkIssue {
  /** Where, e.g. `areas[2].competencies[0].expectations.architect`; empty for the whole file. */
  path: string;
  message: string;
}

/** A problem in a YAML file, with the 1-based line it was found on. */
export interface FrameworkYamlError extends FrameworkIssue {
  line: number;
}

export type ParseFrameworkResult = { ok: true; framework: Framework } | { ok: false; errors: FrameworkYamlError[] };
