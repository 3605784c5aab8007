import { BELOW_EXPECTATIONS_KEY, type Area, type Competency, type Framework, type Level, type Track } from './types';

/** A track or level key that the framework does not have (a programming or data error). */
export class FrameworkLookupError extends Error {
  override readonly name = 'FrameworkLookupError';
}

/** One rung of a track's rating scale; position 0 is the below-expectations rung. */
export interface RatingRung {
  position: number;
  key: string;
  name: string;
  summary: string;
  /** Retired levels keep their rung so that old ratings keep their place; pickers should hide them. */
  retired: boolean;
}

/** An active competency with the area it belongs to. */
export interface ActiveCompetency {
  area: Area;
  competency: Competency;
}

/** A level as shown in a comparison; `trackKey` is null for the below-expectations rung. */
export interface ComparedLevel {
  key: string;
  name: string;
  summary: string;
  trackKey: string | null;
  trackName: string | null;
  retired: boolean;
}

export interface CompetencyComparison {
  key: string;
  name: string;
  /**
   * The expectation at each level; null for the below-expectations rung (described once, in
   * `ComparedLevel.summary`) or for a retired level that never got a sentence.
   */
  from: string | null;
  to: string | null;
  changed: boolean;
}

export interface AreaComparison {
  key: string;
  name: string;
  competencies: CompetencyComparison[];
}

export interface LevelComparison {
  from: ComparedLevel;
  to: ComparedLevel;
  sameTrack: boolean;
  areas: AreaComparison[];
  /** How many competencies expect something different at the two levels. */
  changedCount: number;
}

function hasOwn(record: Record<string, string>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}

function requireTrack(framework: Framework, trackKey: string): Track {
  const track = framework.tracks.find((t) => t.key === trackKey);
  if (!track) {
    throw new FrameworkLookupError(
      `Unknown track "${trackKey}" in framework "${framework.name}" (tracks: ${framework.tracks.map((t) => t.key).join(', ')})`,
    );
  }
  return track;
}

function allLevelKeys(framework: Framework): string {
  return [BELOW_EXPECTATIONS_KEY, ...framework.tracks.flatMap((t) => t.levels.map((l) => l.key))].join(', ');
}

/**
 * Where a level sits: its track and its 0-based index in that track's list, or undefined when
 * the framework has no such level (the below-expectations rung is on no track).
 */
export function findLevel(
  framework: Framework,
  levelKey: string,
): { track: Track; level: Level; index: number } | undefined {
  for (const track of framework.tracks) {
    const index = track.levels.findIndex((l) => l.key === levelKey);
    if (index >= 0) return { track, level: track.levels[index], index };
  }
  return undefined;
}

/**
 * The rating scale of a track: the below-expectations rung at position 0, then the track's
 * levels in order at 1..n. Retired levels keep their position (flagged `retired`) so that old
 * ratings stay comparable. Throws `FrameworkLookupError` for an unknown track.
 */
export function ratingScale(framework: Framework, trackKey: string): RatingRung[] {
  const track = requireTrack(framework, trackKey);
  const below = framework.belowExpectations;
  return [
    { position: 0, key: below.key, name: below.name, summary: below.summary, retired: false },
    ...track.levels.map((level, i) => ({
      position: i + 1,
      key: level.key,
      name: level.name,
      summary: level.summary,
      retired: level.retired === true,
    })),
  ];
}

/**
 * The position of a level on its track's rating scale (see `ratingScale`): 0 for
 * `below_expectations`, 1 for the track's first level, and so on. Differences of positions are
 * gaps in levels. Throws `FrameworkLookupError` for an unknown track, or a level not on that track.
 */
export function levelIndex(framework: Framework, trackKey: string, levelKey: string): number {
  const track = requireTrack(framework, trackKey);
  if (levelKey === BELOW_EXPECTATIONS_KEY) return 0;
  const index = track.levels.findIndex((l) => l.key === levelKey);
  if (index >= 0) return index + 1;
  const elsewhere = findLevel(framework, levelKey);
  throw new FrameworkLookupError(
    elsewhere
      ? `Level "${levelKey}" is on track "${elsewhere.track.key}", not on track "${trackKey}"`
      : `Unknown level "${levelKey}" (levels of track "${trackKey}": ${track.levels.map((l) => l.key).join(', ')})`,
  );
}

/**
 * The next active level above `levelKey` on a track (from `below_expectations`, the track's
 * first active level), skipping retired levels; null at the top of the track. Throws
 * `FrameworkLookupError` for an unknown track or a level not on that track.
 */
export function nextLevel(framework: Framework, trackKey: string, levelKey: string): Level | null {
  const position = levelIndex(framework, trackKey, levelKey);
  const track = requireTrack(framework, trackKey);
  return track.levels.slice(position).find((l) => !l.retired) ?? null;
}

/** The competencies in use: not retired, in an area not retired, in framework order. */
export function activeCompetencies(framework: Framework): ActiveCompetency[] {
  return framework.areas
    .filter((area) => !area.retired)
    .flatMap((area) => area.competencies.filter((c) => !c.retired).map((competency) => ({ area, competency })));
}

function comparedLevel(framework: Framework, levelKey: string): ComparedLevel {
  if (levelKey === BELOW_EXPECTATIONS_KEY) {
    const below = framework.belowExpectations;
    return {
      key: below.key,
      name: below.name,
      summary: below.summary,
      trackKey: null,
      trackName: null,
      retired: false,
    };
  }
  const found = findLevel(framework, levelKey);
  if (!found) throw new FrameworkLookupError(`Unknown level "${levelKey}" (levels: ${allLevelKeys(framework)})`);
  const { track, level } = found;
  return {
    key: level.key,
    name: level.name,
    summary: level.summary,
    trackKey: track.key,
    trackName: track.name,
    retired: level.retired === true,
  };
}

/**
 * Two levels side by side (possibly on different tracks, or the below-expectations rung): for
 * every active competency, area by area, the expectation at each level and whether it changes.
 * Throws `FrameworkLookupError` naming the unknown level key.
 */
export function compareLevels(framework: Framework, fromLevelKey: string, toLevelKey: string): LevelComparison {
  const from = comparedLevel(framework, fromLevelKey);
  const to = comparedLevel(framework, toLevelKey);
  const sentence = (competency: Competency, level: ComparedLevel): string | null =>
    level.trackKey !== null && hasOwn(competency.expectations, level.key) ? competency.expectations[level.key] : null;
  let changedCount = 0;
  const areas: AreaComparison[] = [];
  for (const { area, competency } of activeCompetencies(framework)) {
    const fromText = sentence(competency, from);
    const toText = sentence(competency, to);
    const changed = fromLevelKey !== toLevelKey && fromText !== toText;
    if (changed) changedCount++;
    let row = areas[areas.length - 1];
    if (!row || row.key !== area.key) {
      row = { key: area.key, name: area.name, competencies: [] };
      areas.push(row);
    }
    row.competencies.push({ key: competency.key, name: competency.name, from: fromText, to: toText, changed });
  }
  return { from, to, sameTrack: from.trackKey === to.trackKey, areas, changedCount };
}
