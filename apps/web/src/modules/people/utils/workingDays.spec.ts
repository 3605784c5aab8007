import { buildPersonDetail } from '@web/test/builders';
import { describeWorkingDays, personToFormValues, toUpdatePersonInput, validatePersonForm } from './personForm';

describe('working days on the person form', () => {
  it('reads a week as people say it', () => {
    expect(describeWorkingDays([1, 2, 3, 4, 5])).toBe('Mon–Fri');
    expect(describeWorkingDays([4, 1, 3, 2])).toBe('Mon–Thu');
    expect(describeWorkingDays([1, 3, 5])).toBe('Mon, Wed, Fri');
    expect(describeWorkingDays([])).toBe('—');
  });

  it('asks for at least one day, and sends the days in order', () => {
    const values = personToFormValues(buildPersonDetail({ workingDays: [1, 2, 3, 4] }));
    expect(values.workingDays).toEqual(['1', '2', '3', '4']);
    expect(validatePersonForm({ ...values, workingDays: [] }, 'p-1').workingDays).toBe(
      'Choose at least one working day',
    );
    expect(toUpdatePersonInput({ ...values, workingDays: ['5', '1'] }, 3).workingDays).toEqual([1, 5]);
  });
});
