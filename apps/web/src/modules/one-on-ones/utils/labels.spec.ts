import { cadenceSentence } from './labels';

describe('cadenceSentence', () => {
  it('says held of expected while the series is at or under its cadence', () => {
    expect(cadenceSentence({ held: 10, expected: 12 })).toBe('10 of 12 meetings held in the last 12 weeks');
    expect(cadenceSentence({ held: 12, expected: 12 })).toBe('12 of 12 meetings held in the last 12 weeks');
    expect(cadenceSentence({ held: 0, expected: 1 })).toBe('0 of 1 meeting held in the last 12 weeks');
  });

  it('never says "14 of 12": extra meetings are counted and the cadence named beside them', () => {
    expect(cadenceSentence({ held: 14, expected: 12 })).toBe(
      '14 meetings held in the last 12 weeks; the cadence asks for 12',
    );
    expect(cadenceSentence({ held: 1, expected: 0 })).toBe(
      '1 meeting held in the last 12 weeks; none is due yet by the cadence',
    );
  });
});
