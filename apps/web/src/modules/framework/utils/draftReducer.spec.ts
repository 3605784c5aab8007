import { buildFramework } from '@web/test/builders';
import { draftReducer } from './draftReducer';
import { draftFromFramework, draftToInput } from './frameworkDraft';

const start = () => draftFromFramework(buildFramework());

describe('draftReducer', () => {
  it('renames a saved item without touching its key', () => {
    const draft = draftReducer(start(), {
      type: 'setText',
      item: { kind: 'competency', areaId: 'craft', id: 'code_quality' },
      field: 'name',
      value: 'Code craft',
    });
    expect(draft.areas[0].competencies[0]).toMatchObject({ key: 'code_quality', name: 'Code craft' });
  });

  it('moves within the list and stays put at either end', () => {
    const item = { kind: 'competency' as const, areaId: 'craft', id: 'pairing' };
    const up = draftReducer(start(), { type: 'move', item, by: -1 });
    expect(up.areas[0].competencies.map((c) => c.key)).toEqual(['pairing', 'code_quality']);
    expect(draftReducer(up, { type: 'move', item, by: -1 })).toEqual(up);
    const level = { kind: 'level' as const, trackId: 'individual_contributor', id: 'engineer' };
    const down = draftReducer(start(), { type: 'move', item: level, by: 1 });
    expect(down.tracks[0].levels.map((l) => l.key)).toEqual(['senior_engineer', 'engineer', 'staff_engineer']);
  });

  it('retires and restores', () => {
    const item = { kind: 'area' as const, id: 'legacy' };
    const restored = draftReducer(start(), { type: 'toggleRetired', item });
    expect(restored.areas[1].retired).toBe(false);
    expect(draftReducer(restored, { type: 'toggleRetired', item }).areas[1].retired).toBe(true);
  });

  it('gives a new item a unique key that follows its name until saved', () => {
    let draft = draftReducer(start(), { type: 'addCompetency', areaId: 'craft', id: 'new-1', name: 'Code quality' });
    expect(draft.areas[0].competencies[2]).toMatchObject({ key: 'code_quality_2', isNew: true, expectations: {} });
    const item = { kind: 'competency' as const, areaId: 'craft', id: 'new-1' };
    draft = draftReducer(draft, { type: 'setText', item, field: 'name', value: 'Threat modelling' });
    expect(draft.areas[0].competencies[2].key).toBe('threat_modelling');
    draft = draftReducer(draft, { type: 'addLevel', trackId: 'management', id: 'new-2', name: 'Director' });
    expect(draft.tracks[1].levels[1]).toMatchObject({ key: 'director', name: 'Director', isNew: true });
    draft = draftReducer(draft, { type: 'addArea', id: 'new-3', name: 'Craft' });
    expect(draft.areas[2]).toMatchObject({ key: 'craft_2', competencies: [], isNew: true });
  });

  it('an expectation for a new level goes with the level, whatever its key becomes', () => {
    let draft = draftReducer(start(), { type: 'addLevel', trackId: 'management', id: 'new-1', name: 'Head' });
    draft = draftReducer(draft, {
      type: 'setExpectation',
      areaId: 'craft',
      competencyId: 'code_quality',
      levelId: 'new-1',
      value: 'Sets the standard.',
    });
    draft = draftReducer(draft, {
      type: 'setText',
      item: { kind: 'level', trackId: 'management', id: 'new-1' },
      field: 'name',
      value: 'Head of engineering',
    });
    expect(draftToInput(draft).areas[0].competencies[0].expectations).toContainEqual({
      levelKey: 'head_of_engineering',
      text: 'Sets the standard.',
    });
  });

  it('removes only items that were never saved: saved ones are retired instead', () => {
    const saved = { kind: 'competency' as const, areaId: 'craft', id: 'code_quality' };
    expect(draftReducer(start(), { type: 'remove', item: saved }).areas[0].competencies).toHaveLength(2);
    const added = draftReducer(start(), { type: 'addArea', id: 'new-1', name: 'Security' });
    expect(draftReducer(added, { type: 'remove', item: { kind: 'area', id: 'new-1' } }).areas).toHaveLength(2);
  });
});
