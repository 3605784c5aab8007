import { importSummary, validateCalendarName, validateHoliday, weekdayOf, yearChoices } from './holidayCalendarForm';

describe('holiday calendar forms', () => {
  it('names a missing, too long or taken calendar name', () => {
    expect(validateCalendarName({ name: '  ' }, [])).toEqual({ name: 'Name the calendar.' });
    expect(validateCalendarName({ name: 'x'.repeat(101) }, [])).toEqual({
      name: 'Keep the name under 100 characters.',
    });
    expect(validateCalendarName({ name: 'berlin office ' }, ['Berlin office'])).toEqual({
      name: 'There is a calendar named “berlin office” already: choose another name.',
    });
    expect(validateCalendarName({ name: 'Lisbon office' }, ['Berlin office'])).toEqual({});
  });

  it('needs a day not taken yet and a name for a holiday', () => {
    expect(validateHoliday({ date: '', name: '' }, [])).toEqual({
      date: 'Choose the day.',
      name: 'Name the holiday.',
    });
    expect(validateHoliday({ date: '2026-12-25', name: 'Christmas' }, ['2026-12-25'])).toEqual({
      date: 'That day is a holiday on this calendar already.',
    });
    expect(validateHoliday({ date: '2026-08-15', name: 'Assumption Day' }, ['2026-12-25'])).toEqual({});
  });

  it('reads weekdays as calendar dates, offers this year and next, and sums up an import', () => {
    expect(weekdayOf('2026-12-25')).toBe('Friday');
    expect(weekdayOf('2024-02-29')).toBe('Thursday');
    expect(yearChoices([2025, 2026], 2026)).toEqual([2025, 2026, 2027]);
    expect(importSummary(1, 0)).toBe('1 holiday imported, 0 skipped');
    expect(importSummary(12, 3)).toBe('12 holidays imported, 3 skipped');
  });
});
