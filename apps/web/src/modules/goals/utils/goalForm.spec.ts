import { buildGoal } from '../testing/goalBuilders';
import {
  emptyGoalForm,
  goalToFormValues,
  newMilestoneRow,
  toCreateGoalInput,
  toGoalFormField,
  toUpdateGoalInput,
  validateGoalForm,
} from './goalForm';

describe('goalForm', () => {
  it('asks for a title and for every milestone row to say something', () => {
    const values = {
      ...emptyGoalForm('FY2027-Q1'),
      title: '  ',
      milestones: [newMilestoneRow('Draft'), newMilestoneRow(' ')],
    };
    expect(validateGoalForm(values)).toEqual({
      title: 'Enter a title',
      competencyKeys: 'Choose at least one competency',
      'milestones.1.title': 'Enter the milestone, or remove it',
    });
    expect(validateGoalForm({ ...values, competencyKeys: ['writing'] })).not.toHaveProperty('competencyKeys');
  });

  it('keeps milestone ids and done flags on an edit, and sends the version it started from', () => {
    const goal = buildGoal({ version: 4 });
    const values = goalToFormValues(goal);
    values.milestones.push(newMilestoneRow(' Ship it '));
    const input = toUpdateGoalInput(values, goal.version);
    expect(input.version).toBe(4);
    expect(input.milestones).toEqual([
      { id: 'm-1', title: 'Write the design doc', done: true },
      { id: 'm-2', title: 'Present it at the guild', done: false },
      { title: 'Ship it', done: false },
    ]);
  });

  it('trims what it sends for a new goal', () => {
    const values = { ...emptyGoalForm('FY2027-Q2'), title: ' Lead an incident review ', description: ' Why ' };
    expect(toCreateGoalInput(values, 'p-1')).toEqual({
      personId: 'p-1',
      title: 'Lead an incident review',
      description: 'Why',
      competencyKeys: [],
      targetLevelKey: null,
      dueQuarter: 'FY2027-Q2',
      status: 'ACTIVE',
      milestones: [],
    });
  });

  it("maps the API's fields to the form's", () => {
    expect(toGoalFormField('targetLevelKey')).toBe('targetLevelKey');
    expect(toGoalFormField('milestones.2.id')).toBe('milestones.2.title');
    expect(toGoalFormField('personId')).toBeUndefined();
  });
});
