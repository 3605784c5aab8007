import { initialCheckIn, toCheckInInput, validateCheckIn } from './checkInForm';

const today = '2026-12-01';
const start = '2026-10-05';

describe('checkInForm', () => {
  it('starts from the latest check-in, dated today', () => {
    const values = initialCheckIn(
      {
        checkIns: [
          {
            __typename: 'GoalCheckIn',
            id: 'c2',
            date: '2026-11-20',
            progress: 40,
            confidence: 'AT_RISK',
            note: '',
            authorName: null,
          },
        ],
      },
      today,
    );
    expect(values).toEqual({ progress: 40, confidence: 'AT_RISK', note: '', date: today });
  });

  it('refuses progress outside 0-100, fractions and an empty box', () => {
    const base = { confidence: 'ON_TRACK' as const, note: '', date: today };
    expect(validateCheckIn({ ...base, progress: 120 }, today, start).progress).toBe(
      'Enter a whole number from 0 to 100',
    );
    expect(validateCheckIn({ ...base, progress: 12.5 }, today, start).progress).toBe(
      'Enter a whole number from 0 to 100',
    );
    expect(validateCheckIn({ ...base, progress: '' }, today, start).progress).toBe('Enter the progress, from 0 to 100');
    expect(validateCheckIn({ ...base, progress: 100 }, today, start)).toEqual({});
  });

  it('refuses a date in the future or before the goal started', () => {
    const base = { confidence: 'ON_TRACK' as const, note: '', progress: 10 };
    expect(validateCheckIn({ ...base, date: '2026-12-02' }, today, start).date).toBe(
      'A check-in cannot be dated in the future',
    );
    expect(validateCheckIn({ ...base, date: '2026-10-01' }, today, start).date).toBe(
      'The goal started on Oct 5, 2026: pick that day or later',
    );
    expect(validateCheckIn({ ...base, date: '' }, today, start).date).toBe('Enter the date of the check-in');
  });

  it('sends whole numbers and a trimmed note', () => {
    expect(toCheckInInput({ progress: 55, confidence: 'OFF_TRACK', note: ' Blocked ', date: today })).toEqual({
      progress: 55,
      confidence: 'OFF_TRACK',
      note: 'Blocked',
      date: today,
    });
  });
});
