import type { FrameworkProblemFieldsFragment } from '@web/generated/graphql';
import type { DraftAction } from './draftReducer';
import { allLevels, type FrameworkDraft } from './frameworkDraft';

/**
 * What a problem from `updateFramework` is about. Its path indexes the lists as they were sent;
 * the target names items by id instead, so it still points at the right field after the admin
 * moves things around.
 */
export type ProblemTarget =
  | { kind: 'framework'; field?: string }
  | { kind: 'belowExpectations'; field?: string }
  | { kind: 'tracks' }
  | { kind: 'track'; trackId: string; field?: string }
  | { kind: 'level'; trackId: string; id: string; field?: string }
  | { kind: 'areas' }
  | { kind: 'area'; id: string; field?: string }
  | { kind: 'competency'; areaId: string; id: string; field?: string }
  | { kind: 'expectation'; areaId: string; competencyId: string; levelId: string };

export interface DraftProblem {
  path: string;
  message: string;
  target: ProblemTarget;
}

const TRACK = /^tracks\[(\d+)\](?:\.levels\[(\d+)\])?(?:\.(\w+))?$/;
const AREA = /^areas\[(\d+)\](?:\.competencies\[(\d+)\])?(?:\.(\w+))?(?:\.([a-z0-9_-]+))?$/;

function targetOf(path: string, sent: FrameworkDraft): ProblemTarget {
  if (path === 'name' || path === 'description') return { kind: 'framework', field: path };
  if (path === 'below_expectations') return { kind: 'belowExpectations' };
  if (path.startsWith('below_expectations.')) return { kind: 'belowExpectations', field: path.split('.')[1] };
  if (path === 'tracks') return { kind: 'tracks' };
  if (path === 'areas') return { kind: 'areas' };
  const track = TRACK.exec(path);
  if (track) {
    const t = sent.tracks[Number(track[1])];
    if (!t) return { kind: 'tracks' };
    const level = track[2] === undefined ? undefined : t.levels[Number(track[2])];
    if (track[2] !== undefined && !level) return { kind: 'track', trackId: t.id, field: 'levels' };
    return level
      ? { kind: 'level', trackId: t.id, id: level.id, field: track[3] }
      : { kind: 'track', trackId: t.id, field: track[3] };
  }
  const area = AREA.exec(path);
  if (area) {
    const a = sent.areas[Number(area[1])];
    if (!a) return { kind: 'areas' };
    const competency = area[2] === undefined ? undefined : a.competencies[Number(area[2])];
    if (area[2] !== undefined && !competency) return { kind: 'area', id: a.id, field: 'competencies' };
    if (!competency) return { kind: 'area', id: a.id, field: area[3] };
    if (area[3] === 'expectations' && area[4]) {
      const level = allLevels(sent).find(({ level: l }) => l.key === area[4])?.level;
      if (level) return { kind: 'expectation', areaId: a.id, competencyId: competency.id, levelId: level.id };
    }
    return { kind: 'competency', areaId: a.id, id: competency.id, field: area[3] };
  }
  return { kind: 'framework' };
}

/** The API's problems, each tied to the item it is about in the draft that was sent. */
export function resolveProblems(
  problems: readonly FrameworkProblemFieldsFragment[],
  sent: FrameworkDraft,
): DraftProblem[] {
  return problems.map(({ path, message }) => ({ path, message, target: targetOf(path, sent) }));
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The messages of the problems that match, as one sentence to show under a field; undefined if none. */
export function messageWhere(
  problems: readonly DraftProblem[],
  matches: (target: ProblemTarget) => boolean,
): string | undefined {
  const found = problems.filter((p) => matches(p.target)).map((p) => capitalized(p.message));
  return found.length > 0 ? found.join(' ') : undefined;
}

/** How many problems are about the area (or a competency in it), or about one competency. */
export function problemCount(
  problems: readonly DraftProblem[],
  where: { areaId: string; competencyId?: string } | { trackId: string; levelId?: string },
): number {
  return problems.filter(({ target: t }) => {
    if ('trackId' in where) {
      if (t.kind === 'track') return t.trackId === where.trackId && where.levelId === undefined;
      if (t.kind === 'level') return t.trackId === where.trackId && (where.levelId ?? t.id) === t.id;
      return false;
    }
    if (t.kind === 'area') return t.id === where.areaId && where.competencyId === undefined;
    if (t.kind === 'competency') return t.areaId === where.areaId && (where.competencyId ?? t.id) === t.id;
    if (t.kind === 'expectation')
      return t.areaId === where.areaId && (where.competencyId ?? t.competencyId) === t.competencyId;
    return false;
  }).length;
}

const FIELD_WORDS: Record<string, string> = {
  name: 'name',
  description: 'description',
  summary: 'summary',
  key: 'key',
  levels: 'levels',
  competencies: 'competencies',
  expectations: 'expectations',
  retired: 'retired',
};

/** Where a problem is, in the names the admin reads now: "Craft › Code quality › at Senior Engineer". */
export function describeTarget(target: ProblemTarget, draft: FrameworkDraft): string {
  const field = (f: string | undefined) => (f ? `: ${FIELD_WORDS[f] ?? f}` : '');
  switch (target.kind) {
    case 'framework':
      return target.field ? `Framework${field(target.field)}` : 'Framework';
    case 'belowExpectations':
      return `${draft.belowExpectations.name || 'Below expectations'}${field(target.field)}`;
    case 'tracks':
      return 'Tracks';
    case 'areas':
      return 'Areas';
    case 'track': {
      const track = draft.tracks.find((t) => t.id === target.trackId);
      return `${track?.name || 'A track'}${field(target.field)}`;
    }
    case 'level': {
      const track = draft.tracks.find((t) => t.id === target.trackId);
      const level = track?.levels.find((l) => l.id === target.id);
      return `${track?.name || 'A track'} › ${level?.name || 'a level'}${field(target.field)}`;
    }
    case 'area': {
      const area = draft.areas.find((a) => a.id === target.id);
      return `${area?.name || 'An area'}${field(target.field)}`;
    }
    case 'competency':
    case 'expectation': {
      const area = draft.areas.find((a) => a.id === target.areaId);
      const id = target.kind === 'competency' ? target.id : target.competencyId;
      const competency = area?.competencies.find((c) => c.id === id);
      const base = `${area?.name || 'An area'} › ${competency?.name || 'a competency'}`;
      if (target.kind === 'competency') return `${base}${field(target.field)}`;
      const level = allLevels(draft).find(({ level: l }) => l.id === target.levelId)?.level;
      return `${base} › at ${level?.name || 'a level'}`;
    }
  }
}

/** Whether an edit touches the field a problem is about (a name stands for its key too). */
function touches(action: DraftAction, t: ProblemTarget): boolean {
  const sameField = (field: string | undefined, edited: string) =>
    field === edited || (edited === 'name' && (field === 'key' || field === undefined));
  switch (action.type) {
    case 'setFramework':
      return t.kind === 'framework' && sameField(t.field, action.field);
    case 'setBelowExpectations':
      return t.kind === 'belowExpectations' && sameField(t.field, action.field);
    case 'setTrackName':
      return t.kind === 'track' && t.trackId === action.trackId && sameField(t.field, 'name');
    case 'setExpectation':
      return (
        (t.kind === 'expectation' && t.competencyId === action.competencyId && t.levelId === action.levelId) ||
        (t.kind === 'competency' && t.id === action.competencyId && t.field === 'expectations')
      );
    case 'setText':
      return t.kind === action.item.kind && 'id' in t && t.id === action.item.id && sameField(t.field, action.field);
    default:
      return false;
  }
}

/** The problems still standing after an edit: fixing a field clears what was said about it. */
export function problemsAfterEdit(problems: readonly DraftProblem[], action: DraftAction): DraftProblem[] {
  return problems.filter((p) => !touches(action, p.target));
}
