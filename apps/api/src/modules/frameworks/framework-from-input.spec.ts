import { defaultFramework, type Framework, validateFramework } from '@trellis/domain';
import type { FrameworkInput } from './dto/framework.input';
import { frameworkFromInput } from './framework-from-input';

/** The input the web client would send for a framework (as the Framework type reads it). */
function inputOf(f: Framework): FrameworkInput {
  return {
    name: f.name,
    description: f.description ?? null,
    belowExpectations: { name: f.belowExpectations.name, summary: f.belowExpectations.summary },
    tracks: f.tracks.map((t) => ({
      key: t.key,
      name: t.name,
      levels: t.levels.map((l) => ({ key: l.key, name: l.name, summary: l.summary, retired: l.retired === true })),
    })),
    areas: f.areas.map((a) => ({
      key: a.key,
      name: a.name,
      description: a.description,
      retired: a.retired === true,
      competencies: a.competencies.map((c) => ({
        key: c.key,
        name: c.name,
        description: c.description,
        retired: c.retired === true,
        expectations: Object.entries(c.expectations).map(([levelKey, text]) => ({ levelKey, text })),
      })),
    })),
  };
}

describe('frameworkFromInput', () => {
  it('gives back the framework the input was read from, as stored (no retired: false)', () => {
    const { framework, issues } = frameworkFromInput(inputOf(defaultFramework()));
    expect(issues).toEqual([]);
    expect(framework).toEqual(defaultFramework());
    expect(validateFramework(framework)).toEqual([]);
  });

  it('trims texts and keys, drops a blank description, keeps retired flags', () => {
    const input = inputOf(defaultFramework());
    input.name = '  Ladder  ';
    input.description = '   ';
    input.areas[0].name = ' Craft ';
    input.areas[0].competencies[0].retired = true;
    input.tracks[0].levels[0].key = ` ${input.tracks[0].levels[0].key} `;
    const { framework } = frameworkFromInput(input);
    expect(framework.name).toBe('Ladder');
    expect(framework).not.toHaveProperty('description');
    expect(framework.areas[0].name).toBe('Craft');
    expect(framework.areas[0].competencies[0].retired).toBe(true);
    expect(framework.areas[0].competencies[1]).not.toHaveProperty('retired');
    expect(framework.tracks[0].levels[0].key).toBe(defaultFramework().tracks[0].levels[0].key);
  });

  it('reports a level written twice in one competency, and leaves a blank sentence for the validator', () => {
    const input = inputOf(defaultFramework());
    const [first, second] = input.areas[1].competencies[2].expectations;
    input.areas[1].competencies[2].expectations.push({ levelKey: first.levelKey, text: 'Again.' });
    second.text = '  ';
    const { framework, issues } = frameworkFromInput(input);
    expect(issues).toEqual([
      {
        path: `areas[1].competencies[2].expectations.${first.levelKey}`,
        message: `two expectations for level "${first.levelKey}": keep one`,
      },
    ]);
    expect(validateFramework(framework)).toContainEqual({
      path: `areas[1].competencies[2].expectations.${second.levelKey}`,
      message: `the expectation for level "${second.levelKey}" is empty`,
    });
  });
});
