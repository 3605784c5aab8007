import { defaultFramework, type Framework } from '@trellis/domain';
import { frameworkChanges, keysToCheck, removalProblems, removedKeys } from './framework-removals';
import type { KeyUsage } from './frameworks.repository';

function edit(change: (f: Framework) => void): Framework {
  const f = defaultFramework();
  change(f);
  return f;
}

describe('removedKeys', () => {
  it('finds nothing when items are renamed, retired, reordered or moved', () => {
    const after = edit((f) => {
      f.areas[0].name = 'Renamed';
      f.areas[0].competencies[0].retired = true;
      f.areas.reverse();
      f.tracks[0].levels.reverse();
      // A competency moved to another area keeps its key: nothing points at its area.
      f.areas[1].competencies.push(f.areas[0].competencies.pop()!);
    });
    expect(removedKeys(defaultFramework(), after)).toEqual([]);
  });

  it('names each removed level and competency with the list it was in', () => {
    const before = defaultFramework();
    const level = before.tracks[0].levels[1];
    const competency = before.areas[2].competencies[0];
    const after = edit((f) => {
      f.tracks[0].levels.splice(1, 1);
      f.areas[2].competencies.splice(0, 1);
    });
    expect(removedKeys(before, after)).toEqual([
      { kind: 'level', key: level.key, name: level.name, path: 'tracks[0].levels' },
      { kind: 'competency', key: competency.key, name: competency.name, path: 'areas[2].competencies' },
    ]);
  });

  it('a removed area removes its competencies, a removed track its levels and itself', () => {
    const before = defaultFramework();
    const [area] = before.areas;
    const track = before.tracks[before.tracks.length - 1];
    const after = edit((f) => {
      f.areas.shift();
      f.tracks.pop();
    });
    const removed = removedKeys(before, after);
    expect(keysToCheck(removed)).toEqual({
      track: [track.key],
      level: track.levels.map((l) => l.key),
      competency: area.competencies.map((c) => c.key),
    });
    expect(removed.find((r) => r.kind === 'competency')).toMatchObject({
      path: 'areas',
      parent: { kind: 'area', key: area.key },
    });
    expect(removed.find((r) => r.kind === 'level')).toMatchObject({
      path: 'tracks',
      parent: { kind: 'track', key: track.key },
    });
  });
});

describe('removalProblems', () => {
  const removed = [
    { kind: 'level' as const, key: 'senior_engineer', name: 'Senior Engineer', path: 'tracks[0].levels' },
    { kind: 'competency' as const, key: 'unused', name: 'Unused', path: 'areas[0].competencies' },
    {
      kind: 'competency' as const,
      key: 'mentoring',
      name: 'Mentoring',
      path: 'areas',
      parent: { kind: 'area' as const, key: 'people', name: 'People' },
    },
  ];
  const usage: KeyUsage[] = [
    { kind: 'level', key: 'senior_engineer', records: 'people', count: 3 },
    { kind: 'level', key: 'senior_engineer', records: 'assessments', count: 1 },
    { kind: 'level', key: 'senior_engineer', records: 'goals', count: 2 },
    { kind: 'competency', key: 'mentoring', records: 'evidence', count: 1 },
    // The same key as a level says nothing about the competency of that key.
    { kind: 'level', key: 'unused', records: 'people', count: 5 },
  ];

  it('names the key, counts what uses it and says to retire it; unused keys may go', () => {
    expect(removalProblems(removed, usage)).toEqual([
      {
        path: 'tracks[0].levels',
        message:
          'Level "senior_engineer" (Senior Engineer) is still used by 3 people, 1 assessment and 2 goals: retire it instead of removing it.',
      },
      {
        path: 'areas',
        message:
          'Competency "mentoring" (Mentoring) of the removed area "people" is still used by 1 piece of evidence: retire the area instead of removing it.',
      },
    ]);
  });
});

describe('frameworkChanges', () => {
  it('lists added, removed, retired and restored keys, and counts edited texts', () => {
    const before = edit((f) => {
      f.areas[1].retired = true;
    });
    const after = edit((f) => {
      f.areas[0].competencies[0].retired = true;
      f.areas[0].competencies[1].name = 'Renamed';
      f.tracks[0].levels.pop();
      f.tracks[0].levels.push({ key: 'fellow', name: 'Fellow', summary: 'Rare.' });
    });
    const d = defaultFramework();
    expect(frameworkChanges(before, after)).toEqual({
      added: 'level fellow',
      removed: `level ${d.tracks[0].levels[d.tracks[0].levels.length - 1].key}`,
      retired: `competency ${d.areas[0].competencies[0].key}`,
      restored: `area ${d.areas[1].key}`,
      edited: 1,
    });
  });

  it('says when only the order changed', () => {
    expect(
      frameworkChanges(
        defaultFramework(),
        edit((f) => f.areas.reverse()),
      ),
    ).toEqual({ reordered: true });
  });
});
