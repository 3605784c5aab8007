import { settingsToValues, toSettingsField, toSettingsInput, validateSettings } from './settingsForm';

const stored = {
  __typename: 'OrganizationSettings' as const,
  fiscalQuarterStartMonth: 4,
  defaultWeeklyCapacityHours: 37.5,
  targetDevelopmentShare: 0.2,
};

describe('organization settings form', () => {
  it('shows the stored share as a percentage and sends it back as a share', () => {
    const values = settingsToValues(stored);
    expect(values.targetDevelopmentPercent).toBe(20);
    expect(toSettingsInput(values)).toEqual({
      fiscalQuarterStartMonth: 4,
      defaultWeeklyCapacityHours: 37.5,
      targetDevelopmentShare: 0.2,
    });
    expect(toSettingsInput({ ...values, targetDevelopmentPercent: 12.5 }).targetDevelopmentShare).toBe(0.125);
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

  it("maps the API's field names to the form's", () => {
    expect(toSettingsField('input.targetDevelopmentShare')).toBe('targetDevelopmentPercent');
    expect(toSettingsField('fiscalQuarterStartMonth')).toBe('fiscalQuarterStartMonth');
    expect(toSettingsField('somethingElse')).toBeUndefined();
  });
});
