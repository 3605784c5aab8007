import { settingsToValues, toSettingsField, toSettingsInput, validateSettings } from './settingsForm';

const stored = {
  __typename: 'OrganizationSettings' as const,
  fiscalQuarterStartMonth: 4,
  defaultWeeklyCapacityHours: 37.5,
  targetDevelopmentShare: 0.2,
  staleGoalDays: 21,
  overAllocation: 'WARN' as const,
  idleBelow: 0.8,
};

describe('organization settings form', () => {
  it('shows the stored share as a percentage and sends it back as a share', () => {
    const values = settingsToValues(stored);
    expect(values.targetDevelopmentPercent).toBe(20);
    expect(toSettingsInput(values, 7)).toEqual({
      version: 7,
      fiscalQuarterStartMonth: 4,
      defaultWeeklyCapacityHours: 37.5,
      targetDevelopmentShare: 0.2,
      staleGoalDays: 21,
      overAllocation: 'WARN',
      idleBelow: 0.8,
    });
    expect(toSettingsInput({ ...values, targetDevelopmentPercent: 12.5 }, 7).targetDevelopmentShare).toBe(0.125);
  });

  it('refuses percentages outside 0–100 and empty hours', () => {
    const values = settingsToValues(stored);
    expect(validateSettings({ ...values, targetDevelopmentPercent: 101 })).toEqual({
      targetDevelopmentPercent: 'Enter a percentage from 0 to 100',
    });
    expect(validateSettings({ ...values, targetDevelopmentPercent: 0 })).toEqual({});
    expect(validateSettings({ ...values, defaultWeeklyCapacityHours: '' })).toHaveProperty(
      'defaultWeeklyCapacityHours',
    );
  });

  it('accepts a whole number of stale-goal days from 1 to 365 and says what is wrong otherwise', () => {
    const values = settingsToValues(stored);
    expect(values.staleGoalDays).toBe(21);
    expect(validateSettings({ ...values, staleGoalDays: 1 })).toEqual({});
    expect(validateSettings({ ...values, staleGoalDays: 365 })).toEqual({});
    for (const staleGoalDays of [0, 366, 14.5, -3]) {
      expect(validateSettings({ ...values, staleGoalDays })).toEqual({
        staleGoalDays: 'Enter a whole number of days from 1 to 365',
      });
    }
    expect(validateSettings({ ...values, staleGoalDays: '' })).toEqual({ staleGoalDays: 'Enter a number of days' });
    expect(toSettingsInput({ ...values, staleGoalDays: 30 }, 1).staleGoalDays).toBe(30);
  });

  it("maps the API's field names to the form's", () => {
    expect(toSettingsField('input.staleGoalDays')).toBe('staleGoalDays');
    expect(toSettingsField('input.targetDevelopmentShare')).toBe('targetDevelopmentPercent');
    expect(toSettingsField('fiscalQuarterStartMonth')).toBe('fiscalQuarterStartMonth');
    expect(toSettingsField('somethingElse')).toBeUndefined();
  });

  it('shows the idle threshold in percent, sends the refusal rule, and says what is wrong', () => {
    const values = settingsToValues(stored);
    expect(values.idlePercent).toBe(80);
    expect(toSettingsInput({ ...values, overAllocation: 'REFUSE', idlePercent: 75 }, 2)).toMatchObject({
      overAllocation: 'REFUSE',
      idleBelow: 0.75,
    });
    expect(validateSettings({ ...values, idlePercent: 120 })).toEqual({
      idlePercent: 'Enter a percentage from 0 to 100',
    });
    expect(toSettingsField('input.idleBelow')).toBe('idlePercent');
  });
});
