import { buildFramework } from '@web/test/builders';
import { draftReducer } from './draftReducer';
import { KEY_PATTERN } from '@trellis/domain';
import { draftFromFramework, draftToInput, isDraftChanged, keyFromName } from './frameworkDraft';

describe('draftToInput', () => {
  it('sends the framework as loaded, with a blank sentence only where one is required', () => {
    const input = draftToInput(draftFromFramework(buildFramework()));
    expect(input.name).toBe('Engineer → Architect → Leader');
    expect(input.tracks[0].levels.map((l) => [l.key, l.retired])).toEqual([
      ['engineer', false],
      ['senior_engineer', false],
      ['staff_engineer', true],
    ]);
    const [codeQuality, pairing] = input.areas[0].competencies;
    // Active: every active level, tech_lead blank so the API reports it at its own path.
    expect(codeQuality.expectations).toEqual([
      { levelKey: 'engineer', text: 'Writes clear code with tests for the changes they make.' },
      { levelKey: 'senior_engineer', text: 'Sets the bar for code quality in their team.' },
      { levelKey: 'tech_lead', text: '' },
    ]);
    // Retired: only what was written.
    expect(pairing).toMatchObject({
      retired: true,
      expectations: [{ levelKey: 'engineer', text: 'Pairs when asked.' }],
    });
    expect(input.areas[1]).toMatchObject({ key: 'legacy', retired: true, competencies: [] });
  });

  it('sends no description rather than a blank one', () => {
    expect(draftToInput(draftFromFramework(buildFramework({ description: null }))).description).toBeNull();
  });
});

describe('isDraftChanged', () => {
  it('is false for the loaded framework and after an edit is undone', () => {
    const framework = buildFramework();
    const draft = draftFromFramework(framework);
    expect(isDraftChanged(draft, framework)).toBe(false);
    const item = { kind: 'area' as const, id: 'craft' };
    const renamed = draftReducer(draft, { type: 'setText', item, field: 'name', value: 'Code' });
    expect(isDraftChanged(renamed, framework)).toBe(true);
    const back = draftReducer(renamed, { type: 'setText', item, field: 'name', value: 'Craft' });
    expect(isDraftChanged(back, framework)).toBe(false);
  });
});

describe('keyFromName', () => {
  it.each([
    ['System design', 'system_design'],
    ['  API — contracts & versioning ', 'api_contracts_versioning'],
    ['Résumé écrit', 'resume_ecrit'],
    ['Staff Engineer II', 'staff_engineer_ii'],
  ])('%s → %s', (name, key) => {
    expect(keyFromName(name, new Set(), 'area')).toBe(key);
  });

  it('adds a number when the key is taken, and never uses below_expectations', () => {
    expect(keyFromName('Craft', new Set(['craft', 'craft_2']), 'area')).toBe('craft_3');
    expect(keyFromName('Below expectations', new Set(), 'level')).toBe('below_expectations_2');
  });

  it('falls back when the name has nothing to make a key of, and stays a valid key when long', () => {
    expect(keyFromName('∑∆', new Set(), 'competency')).toBe('competency');
    const long = keyFromName('a'.repeat(63) + ' b', new Set(['a'.repeat(63)]), 'area');
    expect(long.length).toBeLessThanOrEqual(64);
    expect(long).toMatch(KEY_PATTERN);
  });
});
