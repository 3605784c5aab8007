import { defaultFramework } from './default-framework';
import { validateFramework } from './validate-framework';

describe('validateFramework', () => {
  it('finds nothing wrong with the default framework', () => {
    expect(validateFramework(defaultFramework())).toEqual([]);
  });

  it('checks an edited object by the rules of the file, reporting paths', () => {
    const f = defaultFramework();
    f.tracks[1].levels.push({ key: 'vp', name: 'VP of Engineering', summary: 'Leads engineering.' });
    f.areas[1].competencies[0].key = 'Incident Response';
    f.areas[2].competencies.push({ ...f.areas[2].competencies[0] });
    f.areas[3].name = '  ';
    const issues = validateFramework(f);
    expect(issues).toContainEqual({
      path: 'areas[1].competencies[0].key',
      message: expect.stringMatching(/not a valid key.*"incident_response"/),
    });
    expect(issues).toContainEqual({
      path: 'areas[2].competencies[3].key',
      message: expect.stringMatching(
        /duplicate competency key "defensive_code": already used at areas\[2\]\.competencies\[0\]\.key/,
      ),
    });
    expect(issues).toContainEqual({ path: 'areas[3].name', message: '"name" of an area is empty' });
    const missingVp = issues.filter((i) =>
      /no expectation for level "vp" \(VP of Engineering, Management track\)/.test(i.message),
    );
    expect(missingVp).toHaveLength(defaultFramework().areas.flatMap((a) => a.competencies).length + 1);
  });

  it('accepts a retired competency or level without the expectations an active one needs', () => {
    const f = defaultFramework();
    f.tracks[1].levels.push({ key: 'vp', name: 'VP of Engineering', summary: 'Leads engineering.', retired: true });
    delete f.areas[0].competencies[0].expectations.director;
    f.areas[0].competencies[0].retired = true;
    expect(validateFramework(f)).toEqual([]);
  });
});
