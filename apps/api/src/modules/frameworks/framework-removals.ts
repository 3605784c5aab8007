import type { Framework } from '@trellis/domain';
import type { EntityManager } from 'typeorm';
import type {
  FrameworkKeyKind,
  FrameworkKeys,
  FrameworksRepository,
  KeyRecords,
  KeyUsage,
} from './frameworks.repository';

/** A key of the stored framework that the new one leaves out, with what is needed to explain it. */
export interface RemovedKey {
  kind: FrameworkKeyKind;
  key: string;
  name: string;
  /** The list the key was in, as a path into the new framework (e.g. `tracks[0].levels`). */
  path: string;
  /** Set when the key goes because its whole area (competencies) or track (levels) goes. */
  parent?: { kind: 'area' | 'track'; key: string; name: string };
}

export interface RemovalProblem {
  path: string;
  message: string;
}

/** Every track and competency key of `before` that `after` no longer has, and levels gone from their track. */
export function removedKeys(before: Framework, after: Framework): RemovedKey[] {
  const trackIndex = new Map(after.tracks.map((t, i) => [t.key, i]));
  const areaIndex = new Map(after.areas.map((a, i) => [a.key, i]));
  // A level counts as removed from its track even if it reappears on another: the people and
  // ratings on it would land on a scale they are not on.
  const levelsAfter = new Map(after.tracks.map((t) => [t.key, new Set(t.levels.map((l) => l.key))]));
  const competenciesAfter = new Set(after.areas.flatMap((a) => a.competencies.map((c) => c.key)));
  const removed: RemovedKey[] = [];
  for (const track of before.tracks) {
    const t = trackIndex.get(track.key);
    const parent = t === undefined ? { kind: 'track' as const, key: track.key, name: track.name } : undefined;
    if (parent) removed.push({ kind: 'track', key: track.key, name: track.name, path: 'tracks' });
    for (const level of track.levels) {
      if (levelsAfter.get(track.key)?.has(level.key)) continue;
      const path = t === undefined ? 'tracks' : `tracks[${t}].levels`;
      removed.push({ kind: 'level', key: level.key, name: level.name, path, ...(parent ? { parent } : {}) });
    }
  }
  for (const area of before.areas) {
    const a = areaIndex.get(area.key);
    const parent = a === undefined ? { kind: 'area' as const, key: area.key, name: area.name } : undefined;
    for (const competency of area.competencies) {
      if (competenciesAfter.has(competency.key)) continue;
      const path = a === undefined ? 'areas' : `areas[${a}].competencies`;
      removed.push({
        kind: 'competency',
        key: competency.key,
        name: competency.name,
        path,
        ...(parent ? { parent } : {}),
      });
    }
  }
  return removed;
}

/** The removed keys by kind, to look up in the records. */
export function keysToCheck(removed: readonly RemovedKey[]): FrameworkKeys {
  const keys: FrameworkKeys = { track: [], level: [], competency: [] };
  for (const r of removed) keys[r.kind].push(r.key);
  return keys;
}

const RECORD_WORDS: Record<KeyRecords, [string, string]> = {
  people: ['person', 'people'],
  assessments: ['assessment', 'assessments'],
  goals: ['goal', 'goals'],
  evidence: ['piece of evidence', 'pieces of evidence'],
};
const RECORD_ORDER: KeyRecords[] = ['people', 'assessments', 'goals', 'evidence'];
const KIND_WORDS: Record<FrameworkKeyKind, string> = { track: 'Track', level: 'Level', competency: 'Competency' };

function listOf(words: string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/**
 * One problem per removed key that records still point at: it names the key, what uses it, and
 * says to retire it instead (keys are history: a rating of a deleted competency would point at
 * nothing). Removed keys nothing uses give no problem.
 */
export function removalProblems(removed: readonly RemovedKey[], usage: readonly KeyUsage[]): RemovalProblem[] {
  const problems: RemovalProblem[] = [];
  for (const r of removed) {
    const uses = usage.filter((u) => u.kind === r.kind && u.key === r.key && u.count > 0);
    if (uses.length === 0) continue;
    const counts = RECORD_ORDER.flatMap((records) => {
      const n = uses.filter((u) => u.records === records).reduce((sum, u) => sum + u.count, 0);
      return n > 0 ? [`${n} ${RECORD_WORDS[records][n === 1 ? 0 : 1]}`] : [];
    });
    const what = `${KIND_WORDS[r.kind]} "${r.key}" (${r.name})`;
    let message: string;
    if (r.kind === 'track') {
      message = `${what} is still used by ${listOf(counts)}: keep the track, and retire the levels it no longer needs instead of removing them.`;
    } else if (r.parent?.kind === 'track') {
      message = `${what} of the removed track "${r.parent.key}" is still used by ${listOf(counts)}: keep the track and retire the level instead of removing it.`;
    } else if (r.parent?.kind === 'area') {
      message = `${what} of the removed area "${r.parent.key}" is still used by ${listOf(counts)}: retire the area instead of removing it.`;
    } else {
      message = `${what} is still used by ${listOf(counts)}: retire it instead of removing it.`;
    }
    problems.push({ path: r.path, message });
  }
  return problems;
}

/**
 * The problems that refuse replacing `before` with `after`: keys that `after` leaves out while
 * records of the organization still point at them. One query, and none when nothing is removed.
 */
export async function findRemovalProblems(
  frameworks: FrameworksRepository,
  db: EntityManager,
  orgId: string,
  before: Framework,
  after: Framework,
): Promise<RemovalProblem[]> {
  const removed = removedKeys(before, after);
  if (removed.length === 0) return [];
  return removalProblems(removed, await frameworks.keyUsage(db, orgId, keysToCheck(removed)));
}

interface Item {
  id: string;
  retired: boolean;
  text: string;
}

function items(f: Framework): Item[] {
  return [
    { id: 'framework', retired: false, text: `${f.name}\n${f.description ?? ''}` },
    { id: 'below_expectations', retired: false, text: `${f.belowExpectations.name}\n${f.belowExpectations.summary}` },
    ...f.tracks.flatMap((t) => [
      { id: `track ${t.key}`, retired: false, text: t.name },
      ...t.levels.map((l) => ({ id: `level ${l.key}`, retired: l.retired === true, text: `${l.name}\n${l.summary}` })),
    ]),
    ...f.areas.flatMap((a) => [
      { id: `area ${a.key}`, retired: a.retired === true, text: `${a.name}\n${a.description}` },
      ...a.competencies.map((c) => ({
        id: `competency ${c.key}`,
        retired: c.retired === true,
        text: JSON.stringify([c.name, c.description, Object.entries(c.expectations).sort()]),
      })),
    ]),
  ];
}

const MAX_LISTED = 20;
const listed = (ids: string[]) =>
  ids.length > MAX_LISTED
    ? `${ids.slice(0, MAX_LISTED).join(', ')} and ${ids.length - MAX_LISTED} more`
    : ids.join(', ');

/** What an edit changed, for the audit log: keys added, removed, retired and restored, texts edited. */
export function frameworkChanges(before: Framework, after: Framework): Record<string, string | number | boolean> {
  const old = new Map(items(before).map((item) => [item.id, item]));
  const now = items(after);
  const nowIds = new Set(now.map((item) => item.id));
  const added = now.filter((item) => !old.has(item.id)).map((item) => item.id);
  const removed = [...old.keys()].filter((id) => !nowIds.has(id));
  const kept = now.flatMap((item) => {
    const was = old.get(item.id);
    return was ? [{ item, was }] : [];
  });
  const retired = kept.filter(({ item, was }) => item.retired && !was.retired).map(({ item }) => item.id);
  const restored = kept.filter(({ item, was }) => !item.retired && was.retired).map(({ item }) => item.id);
  const edited = kept.filter(({ item, was }) => item.text !== was.text).length;
  const order = (list: Item[], keep: (id: string) => boolean) => list.map((i) => i.id).filter(keep);
  const reordered =
    order(now, (id) => old.has(id)).join('|') !== order(items(before), (id) => nowIds.has(id)).join('|');
  const detail: Record<string, string | number | boolean> = {};
  if (added.length > 0) detail.added = listed(added);
  if (removed.length > 0) detail.removed = listed(removed);
  if (retired.length > 0) detail.retired = listed(retired);
  if (restored.length > 0) detail.restored = listed(restored);
  if (edited > 0) detail.edited = edited;
  if (reordered) detail.reordered = true;
  return detail;
}
