import {
  type DraftArea,
  type DraftCompetency,
  type DraftLevel,
  type FrameworkDraft,
  keyFromName,
  takenKeys,
} from './frameworkDraft';

export type ItemKind = 'level' | 'area' | 'competency';
export type TextField = 'name' | 'description' | 'summary';

/** Where an item is: a level in its track, an area, or a competency in its area. */
export type ItemRef =
  | { kind: 'level'; trackId: string; id: string }
  | { kind: 'area'; id: string }
  | { kind: 'competency'; areaId: string; id: string };

export type DraftAction =
  | { type: 'setFramework'; field: 'name' | 'description'; value: string }
  | { type: 'setBelowExpectations'; field: 'name' | 'summary'; value: string }
  | { type: 'setTrackName'; trackId: string; value: string }
  | { type: 'setText'; item: ItemRef; field: TextField; value: string }
  | { type: 'setExpectation'; areaId: string; competencyId: string; levelId: string; value: string }
  | { type: 'move'; item: ItemRef; by: -1 | 1 }
  | { type: 'toggleRetired'; item: ItemRef }
  | { type: 'remove'; item: ItemRef }
  | { type: 'addLevel'; trackId: string; id: string; name: string }
  | { type: 'addArea'; id: string; name: string }
  | { type: 'addCompetency'; areaId: string; id: string; name: string }
  | { type: 'reset'; draft: FrameworkDraft };

type Item = DraftLevel | DraftArea | DraftCompetency;

function moved<T>(list: T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (index < 0 || to < 0 || to >= list.length) return list;
  const copy = [...list];
  [copy[index], copy[to]] = [copy[to], copy[index]];
  return copy;
}

/** Applies `change` to the list that holds the item (a track's levels, the areas, an area's competencies). */
function inList(
  draft: FrameworkDraft,
  item: ItemRef,
  change: <T extends Item>(list: T[], index: number) => T[],
): FrameworkDraft {
  if (item.kind === 'level') {
    return {
      ...draft,
      tracks: draft.tracks.map((track) =>
        track.id === item.trackId
          ? {
              ...track,
              levels: change(
                track.levels,
                track.levels.findIndex((l) => l.id === item.id),
              ),
            }
          : track,
      ),
    };
  }
  if (item.kind === 'area') {
    return {
      ...draft,
      areas: change(
        draft.areas,
        draft.areas.findIndex((a) => a.id === item.id),
      ),
    };
  }
  return {
    ...draft,
    areas: draft.areas.map((area) =>
      area.id === item.areaId
        ? {
            ...area,
            competencies: change(
              area.competencies,
              area.competencies.findIndex((c) => c.id === item.id),
            ),
          }
        : area,
    ),
  };
}

function updated<T extends Item>(list: T[], index: number, update: (item: T) => T): T[] {
  return index < 0 ? list : list.map((item, i) => (i === index ? update(item) : item));
}

const FALLBACK_KEY: Record<ItemKind, string> = { level: 'level', area: 'area', competency: 'competency' };

/** A new item's key follows its name until it is saved; a saved item's key never changes. */
function renamed<T extends Item>(draft: FrameworkDraft, kind: ItemKind, item: T, name: string): T {
  if (!item.isNew) return { ...item, name };
  return { ...item, name, key: keyFromName(name, takenKeys(draft, kind, item.id), FALLBACK_KEY[kind]) };
}

function newLevel(draft: FrameworkDraft, id: string, name: string): DraftLevel {
  return {
    id,
    key: keyFromName(name, takenKeys(draft, 'level'), 'level'),
    name,
    summary: '',
    retired: false,
    isNew: true,
  };
}

/** The editor's changes to a draft; every action returns a new draft and leaves the old one as it was. */
export function draftReducer(draft: FrameworkDraft, action: DraftAction): FrameworkDraft {
  switch (action.type) {
    case 'reset':
      return action.draft;
    case 'setFramework':
      return { ...draft, [action.field]: action.value };
    case 'setBelowExpectations':
      return { ...draft, belowExpectations: { ...draft.belowExpectations, [action.field]: action.value } };
    case 'setTrackName':
      return {
        ...draft,
        tracks: draft.tracks.map((track) => (track.id === action.trackId ? { ...track, name: action.value } : track)),
      };
    case 'setText':
      return inList(draft, action.item, (list, index) =>
        updated(list, index, (item) =>
          action.field === 'name'
            ? renamed(draft, action.item.kind, item, action.value)
            : { ...item, [action.field]: action.value },
        ),
      );
    case 'setExpectation':
      return {
        ...draft,
        areas: draft.areas.map((area) =>
          area.id === action.areaId
            ? {
                ...area,
                competencies: area.competencies.map((c) =>
                  c.id === action.competencyId
                    ? { ...c, expectations: { ...c.expectations, [action.levelId]: action.value } }
                    : c,
                ),
              }
            : area,
        ),
      };
    case 'move':
      return inList(draft, action.item, (list, index) => moved(list, index, action.by));
    case 'toggleRetired':
      return inList(draft, action.item, (list, index) =>
        updated(list, index, (item) => ({ ...item, retired: !item.retired })),
      );
    case 'remove':
      // Only items not saved yet: saved ones are retired, so that history keeps pointing at them.
      return inList(draft, action.item, (list, index) =>
        list[index]?.isNew ? list.filter((_, i) => i !== index) : list,
      );
    case 'addLevel':
      return {
        ...draft,
        tracks: draft.tracks.map((track) =>
          track.id === action.trackId
            ? { ...track, levels: [...track.levels, newLevel(draft, action.id, action.name)] }
            : track,
        ),
      };
    case 'addArea':
      return {
        ...draft,
        areas: [
          ...draft.areas,
          {
            id: action.id,
            key: keyFromName(action.name, takenKeys(draft, 'area'), 'area'),
            name: action.name,
            description: '',
            retired: false,
            isNew: true,
            competencies: [],
          },
        ],
      };
    case 'addCompetency':
      return {
        ...draft,
        areas: draft.areas.map((area) =>
          area.id === action.areaId
            ? {
                ...area,
                competencies: [
                  ...area.competencies,
                  {
                    id: action.id,
                    key: keyFromName(action.name, takenKeys(draft, 'competency'), 'competency'),
                    name: action.name,
                    description: '',
                    retired: false,
                    isNew: true,
                    expectations: {},
                  },
                ],
              }
            : area,
        ),
      };
  }
}
