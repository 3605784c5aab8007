import { buildGoalFormOptions } from '../testing/goalBuilders';
import { competencyOptions, targetLevelOptions } from './frameworkOptions';

const { framework } = buildGoalFormOptions();

describe('frameworkOptions', () => {
  it('groups active competencies by area, leaving out retired ones', () => {
    expect(competencyOptions(framework)).toEqual([
      { group: 'Craft', items: [{ value: 'code_quality', label: 'Code quality' }] },
      { group: 'Influence', items: [{ value: 'writing', label: 'Technical writing' }] },
    ]);
  });

  it('keeps the competencies a record already holds, even retired or gone', () => {
    const groups = competencyOptions(framework, [
      { key: 'pairing', name: 'Pair programming' },
      { key: 'vanished', name: 'vanished' },
    ]);
    expect(groups[0]?.items.map((item) => item.value)).toEqual(['code_quality', 'pairing']);
    expect(groups.at(-1)).toEqual({
      group: 'No longer in the framework',
      items: [{ value: 'vanished', label: 'vanished' }],
    });
  });

  it("offers the levels of the person's track, not retired ones unless kept", () => {
    expect(targetLevelOptions(framework, 'INDIVIDUAL_CONTRIBUTOR').map((o) => o.label)).toEqual([
      'Engineer',
      'Senior Engineer',
    ]);
    expect(targetLevelOptions(framework, 'INDIVIDUAL_CONTRIBUTOR', 'staff_engineer').at(-1)).toEqual({
      value: 'staff_engineer',
      label: 'Staff Engineer (retired)',
    });
    expect(targetLevelOptions(framework, 'MANAGEMENT').map((o) => o.value)).toEqual(['tech_lead']);
  });
});
