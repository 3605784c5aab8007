import { defaultFramework } from './default-framework';
import { frameworkToYaml, parseFrameworkYaml } from './framework-yaml';
import { activeCompetencies } from './levels';
import { BELOW_EXPECTATIONS_KEY, KEY_PATTERN } from './types';
import { validateFramework } from './validate-framework';

const framework = defaultFramework();
const allLevels = framework.tracks.flatMap((t) => t.levels);

describe('the default framework "Engineer → Architect → Leader"', () => {
  it('has the seven areas of the product, in order, with two to four competencies each', () => {
    expect(framework.name).toBe('Engineer → Architect → Leader');
    expect(framework.areas.map((a) => a.name)).toEqual([
      'Craft',
      'Problem solving',
      'Robust design',
      'Domain expertise',
      'Architecture',
      'Leadership',
      'Influence',
    ]);
    for (const area of framework.areas) {
      expect(area.competencies.length).toBeGreaterThanOrEqual(2);
      expect(area.competencies.length).toBeLessThanOrEqual(4);
    }
  });

  it('has the individual-contributor and management tracks with the levels of the product, in order', () => {
    expect(framework.tracks.map((t) => [t.key, t.levels.map((l) => l.name)])).toEqual([
      ['individual_contributor', ['Engineer', 'Senior Engineer', 'Domain Expert', 'Architect', 'Principal Architect']],
      ['management', ['Tech Lead', 'Engineering Manager', 'Director']],
    ]);
    expect(framework.belowExpectations.key).toBe(BELOW_EXPECTATIONS_KEY);
    expect(framework.belowExpectations.summary).toMatch(/first level/);
  });

  it('states one sentence for every level of every track in every competency, and nothing else', () => {
    for (const { competency } of activeCompetencies(framework)) {
      expect(Object.keys(competency.expectations).sort()).toEqual(allLevels.map((l) => l.key).sort());
      for (const sentence of Object.values(competency.expectations)) {
        expect(sentence).toMatch(/^[A-Z].{40,}[.)]$/s);
      }
    }
    expect(activeCompetencies(framework)).toHaveLength(framework.areas.flatMap((a) => a.competencies).length);
  });

  it('never repeats an expectation between two levels of one competency, adjacent or not', () => {
    for (const { competency } of activeCompetencies(framework)) {
      const sentences = Object.values(competency.expectations);
      expect(new Set(sentences).size).toBe(sentences.length);
      for (const track of framework.tracks) {
        for (let i = 1; i < track.levels.length; i++) {
          expect(competency.expectations[track.levels[i].key]).not.toBe(
            competency.expectations[track.levels[i - 1].key],
          );
        }
      }
    }
  });

  it('escalates scope level by level: self, the team, several teams, the organization', () => {
    for (const { competency } of activeCompetencies(framework)) {
      const e = competency.expectations;
      expect(e.engineer).not.toMatch(/several teams|organization/);
      expect(e.senior_engineer).toMatch(/team/);
      expect(e.domain_expert).toMatch(/several teams|across teams/);
      expect(e.architect).toMatch(/several teams|cross-team|across teams/);
      expect(e.principal_architect).toMatch(/organization/);
      expect(e.tech_lead).toMatch(/team/);
      expect(e.director).toMatch(/teams|organization/);
    }
  });

  it('covers what PRODUCT.md says each area is about', () => {
    const text = (areaKey: string) => JSON.stringify(framework.areas.find((a) => a.key === areaKey));
    expect(text('craft')).toMatch(/reads the source/i);
    expect(text('craft')).toMatch(/comparable implementation/);
    expect(text('problem_solving')).toMatch(/incident/);
    expect(text('robust_design')).toMatch(/contract/);
    expect(text('domain_expertise')).toMatch(/OSDI/);
    expect(text('domain_expertise')).toMatch(/SOSP/);
    expect(text('domain_expertise')).toMatch(/ceiling/);
    expect(text('architecture')).toMatch(/trade-off/i);
    expect(text('leadership')).toMatch(/growth/);
    expect(text('influence')).toMatch(/open-source/);
  });

  it('is valid, with slug keys, and round-trips through YAML deterministically', () => {
    expect(validateFramework(framework)).toEqual([]);
    const keys = [
      ...framework.tracks.flatMap((t) => [t.key, ...t.levels.map((l) => l.key)]),
      ...framework.areas.flatMap((a) => [a.key, ...a.competencies.map((c) => c.key)]),
    ];
    for (const key of keys) expect(key).toMatch(KEY_PATTERN);
    const yaml = frameworkToYaml(framework);
    const parsed = parseFrameworkYaml(yaml);
    expect(parsed).toEqual({ ok: true, framework });
    expect(frameworkToYaml(defaultFramework())).toBe(yaml);
    if (parsed.ok) expect(frameworkToYaml(parsed.framework)).toBe(yaml);
  });

  it('gives every caller a copy of its own', () => {
    const mine = defaultFramework();
    mine.areas[0].competencies[0].expectations.engineer = 'changed';
    mine.tracks[0].levels.pop();
    expect(defaultFramework()).toEqual(framework);
    expect(defaultFramework().areas[0].competencies[0].expectations.engineer).not.toBe('changed');
  });
});
