import type { FrameworkDetailFragment, FrameworkInput } from '@web/generated/graphql';
import { BELOW_EXPECTATIONS_KEY, KEY_MAX_LENGTH } from '@trellis/domain';

/*
 * The framework as the editor holds it while an admin changes it. Every item has an `id` that
 * never changes while editing: the key for saved items (keys are never edited), and a local id
 * for new ones, whose key follows their name until the first save.
 */

export interface DraftLevel {
  id: string;
  key: string;
  name: string;
  summary: string;
  retired: boolean;
  isNew: boolean;
}

export interface DraftTrack {
  id: string;
  key: string;
  name: string;
  levels: DraftLevel[];
}

export interface DraftCompetency {
  id: string;
  key: string;
  name: string;
  description: string;
  retired: boolean;
  isNew: boolean;
  /** The sentence for each level, by level id. */
  expectations: Record<string, string>;
}

export interface DraftArea {
  id: string;
  key: string;
  name: string;
  description: string;
  retired: boolean;
  isNew: boolean;
  competencies: DraftCompetency[];
}

export interface FrameworkDraft {
  name: string;
  description: string;
  belowExpectations: { name: string; summary: string };
  tracks: DraftTrack[];
  areas: DraftArea[];
}

export function draftFromFramework(framework: FrameworkDetailFragment): FrameworkDraft {
  return {
    name: framework.name,
    description: framework.description ?? '',
    belowExpectations: { name: framework.belowExpectations.name, summary: framework.belowExpectations.summary },
    tracks: framework.tracks.map((track) => ({
      id: track.key,
      key: track.key,
      name: track.name,
      levels: track.levels.map((level) => ({
        id: level.key,
        key: level.key,
        name: level.name,
        summary: level.summary,
        retired: level.retired,
        isNew: false,
      })),
    })),
    areas: framework.areas.map((area) => ({
      id: area.key,
      key: area.key,
      name: area.name,
      description: area.description,
      retired: area.retired,
      isNew: false,
      competencies: area.competencies.map((competency) => ({
        id: competency.key,
        key: competency.key,
        name: competency.name,
        description: competency.description,
        retired: competency.retired,
        isNew: false,
        expectations: Object.fromEntries(competency.expectations.map((e) => [e.levelKey, e.text])),
      })),
    })),
  };
}

export function allLevels(draft: FrameworkDraft): { track: DraftTrack; level: DraftLevel }[] {
  return draft.tracks.flatMap((track) => track.levels.map((level) => ({ track, level })));
}

/** Whether the competency must state a sentence for the level (the API's rule). */
export function isExpectationRequired(area: DraftArea, competency: DraftCompetency, level: DraftLevel): boolean {
  return !area.retired && !competency.retired && !level.retired;
}

/**
 * The whole framework as `updateFramework` takes it. Expectations go in level order: every
 * sentence written, and a blank one where a sentence is required, so that the API reports the
 * missing sentence at that level's own path (next to its field).
 */
export function draftToInput(draft: FrameworkDraft): FrameworkInput {
  const levels = allLevels(draft).map(({ level }) => level);
  return {
    name: draft.name,
    description: draft.description.trim() ? draft.description : null,
    belowExpectations: { ...draft.belowExpectations },
    tracks: draft.tracks.map((track) => ({
      key: track.key,
      name: track.name,
      levels: track.levels.map((level) => ({
        key: level.key,
        name: level.name,
        summary: level.summary,
        retired: level.retired,
      })),
    })),
    areas: draft.areas.map((area) => ({
      key: area.key,
      name: area.name,
      description: area.description,
      retired: area.retired,
      competencies: area.competencies.map((competency) => ({
        key: competency.key,
        name: competency.name,
        description: competency.description,
        retired: competency.retired,
        expectations: levels.flatMap((level) => {
          const text = competency.expectations[level.id] ?? '';
          return text.trim() || isExpectationRequired(area, competency, level) ? [{ levelKey: level.key, text }] : [];
        }),
      })),
    })),
  };
}

/** Whether the draft says anything different from the framework it started from. */
export function isDraftChanged(draft: FrameworkDraft, base: FrameworkDetailFragment): boolean {
  return JSON.stringify(draftToInput(draft)) !== JSON.stringify(draftToInput(draftFromFramework(base)));
}

/**
 * A key for a new item, from its name: `System design` → `system_design`, unique among `taken`
 * (a number is added), `fallback` when the name has no letters or digits to use.
 */
export function keyFromName(name: string, taken: ReadonlySet<string>, fallback: string): string {
  const slug =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, KEY_MAX_LENGTH)
      .replace(/_+$/, '') || fallback;
  const free = (key: string) => !taken.has(key) && key !== BELOW_EXPECTATIONS_KEY;
  if (free(slug)) return slug;
  for (let n = 2; ; n++) {
    const suffix = `_${n}`;
    const key = `${slug.slice(0, KEY_MAX_LENGTH - suffix.length).replace(/_+$/, '')}${suffix}`;
    if (free(key)) return key;
  }
}

/** Every key of that kind in the draft, but the one of the item `exceptId`. */
export function takenKeys(draft: FrameworkDraft, kind: 'level' | 'area' | 'competency', exceptId?: string) {
  const items =
    kind === 'level'
      ? allLevels(draft).map(({ level }) => level)
      : kind === 'area'
        ? draft.areas
        : draft.areas.flatMap((area) => area.competencies);
  return new Set(items.filter((item) => item.id !== exceptId).map((item) => item.key));
}
