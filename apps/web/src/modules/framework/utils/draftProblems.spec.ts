import { buildFramework } from '@web/test/builders';
import { draftReducer } from './draftReducer';
import { describeTarget, problemCount, problemsAfterEdit, resolveProblems } from './draftProblems';
import { draftFromFramework } from './frameworkDraft';

const problem = (path: string, message = 'is wrong') => ({ __typename: 'FrameworkProblem' as const, path, message });

describe('resolveProblems', () => {
  const sent = draftFromFramework(buildFramework());

  it('ties each path to the item it names, by id', () => {
    const targets = resolveProblems(
      [
        problem('name'),
        problem('below_expectations.summary'),
        problem('tracks[1].levels[0].summary'),
        problem('tracks[0].levels'),
        problem('areas[0].competencies[1].name'),
        problem('areas[0].competencies[0].expectations.tech_lead'),
        problem('areas[1].competencies'),
        problem('areas'),
        problem(''),
      ],
      sent,
    ).map((p) => p.target);
    expect(targets).toEqual([
      { kind: 'framework', field: 'name' },
      { kind: 'belowExpectations', field: 'summary' },
      { kind: 'level', trackId: 'management', id: 'tech_lead', field: 'summary' },
      { kind: 'track', trackId: 'individual_contributor', field: 'levels' },
      { kind: 'competency', areaId: 'craft', id: 'pairing', field: 'name' },
      { kind: 'expectation', areaId: 'craft', competencyId: 'code_quality', levelId: 'tech_lead' },
      { kind: 'area', id: 'legacy', field: 'competencies' },
      { kind: 'areas' },
      { kind: 'framework' },
    ]);
  });

  it('keeps pointing at the item after it moves, and names it as it reads now', () => {
    const [p] = resolveProblems([problem('areas[0].competencies[1].expectations.engineer')], sent);
    const moved = draftReducer(sent, {
      type: 'move',
      item: { kind: 'competency', areaId: 'craft', id: 'pairing' },
      by: -1,
    });
    expect(describeTarget(p.target, moved)).toBe('Craft › Pair programming › at Engineer');
    expect(problemCount([p], { areaId: 'craft' })).toBe(1);
    expect(problemCount([p], { areaId: 'craft', competencyId: 'code_quality' })).toBe(0);
    expect(problemCount([p], { areaId: 'legacy' })).toBe(0);
  });
});

describe('problemsAfterEdit', () => {
  it('clears what was said about a field once it is edited, and nothing else', () => {
    const problems = resolveProblems(
      [
        problem('areas[0].name'),
        problem('areas[0].description'),
        problem('areas[0].competencies[0].expectations.engineer'),
      ],
      draftFromFramework(buildFramework()),
    );
    const left = problemsAfterEdit(problems, {
      type: 'setText',
      item: { kind: 'area', id: 'craft' },
      field: 'name',
      value: 'Craft',
    });
    expect(left.map((p) => p.path)).toEqual(['areas[0].description', 'areas[0].competencies[0].expectations.engineer']);
    const none = problemsAfterEdit(left.slice(1), {
      type: 'setExpectation',
      areaId: 'craft',
      competencyId: 'code_quality',
      levelId: 'engineer',
      value: 'Writes code.',
    });
    expect(none).toEqual([]);
  });
});
