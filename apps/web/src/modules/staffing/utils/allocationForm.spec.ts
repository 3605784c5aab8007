import { initialAllocation, NO_PROJECT, toAllocationField, toCreateInput, validateAllocation } from './allocationForm';

const valid = initialAllocation(null, {
  personId: 'p-sam',
  projectId: 'project-1',
  startDate: '2026-03-02',
  endDate: '2026-03-27',
});

describe('the allocation form', () => {
  it('starts at 20%, confirmed, from what the timeline knows', () => {
    expect(valid).toMatchObject({ percent: 20, status: 'CONFIRMED', personId: 'p-sam', goalIds: [] });
    expect(validateAllocation(valid)).toEqual({});
  });

  it('says what is wrong with each field', () => {
    expect(
      validateAllocation({
        ...valid,
        personId: '',
        projectId: '',
        percent: 120,
        startDate: '2026-02-30',
        endDate: 'soon',
      }),
    ).toEqual({
      personId: 'Choose whose time this is.',
      projectId: 'Choose a project, or development time.',
      percent: 'Give a share between 1% and 100%.',
      startDate: 'Give the first day, like 2026-03-02.',
      endDate: 'Give the last day, like 2026-03-27.',
    });
    expect(validateAllocation({ ...valid, endDate: '2026-03-01' })).toEqual({
      endDate: 'The last day is before the first.',
    });
    expect(validateAllocation({ ...valid, projectId: NO_PROJECT, kind: 'DELIVERY' })).toEqual({
      kind: 'Time without a project is development time.',
    });
  });

  it('sends development time without a project, and goals only when the planner may link them', () => {
    expect(toCreateInput({ ...valid, projectId: NO_PROJECT, goalIds: ['g1'] }, false)).toMatchObject({
      projectId: null,
      goalIds: [],
      percent: 20,
    });
    expect(toCreateInput({ ...valid, goalIds: ['g1'] }, true).goalIds).toEqual(['g1']);
  });

  it('puts the API’s goalIds[0] on the goals field', () => {
    expect(toAllocationField('goalIds[0]')).toBe('goalIds');
    expect(toAllocationField('percent')).toBe('percent');
    expect(toAllocationField('somethingElse')).toBeUndefined();
  });
});
