import { changeMark, gapLabel, ownReviewCall, percent, progressText } from './reviewLabels';

describe('review labels', () => {
  it('says changes with an arrow and in words', () => {
    expect(changeMark(2)).toEqual({ arrow: '↑ 2', words: 'up 2 since last quarter' });
    expect(changeMark(-1)).toEqual({ arrow: '↓ 1', words: 'down 1 since last quarter' });
    expect(changeMark(0)).toEqual({ arrow: '', words: '' });
    expect(changeMark(null)).toEqual({ arrow: '', words: '' });
  });

  it('says a rating against the level', () => {
    expect([gapLabel(0), gapLabel(1), gapLabel(-2), gapLabel(null)]).toEqual([
      'Meets the level',
      '1 above',
      '2 below',
      '—',
    ]);
  });

  it('counts progress and rounds shares', () => {
    expect(progressText({ total: 5, drafted: 2, shared: 1, acknowledged: 1 })).toBe(
      '2 of 5 drafted · 1 shared · 1 acknowledged',
    );
    expect(progressText({ total: 0, drafted: 0, shared: 0, acknowledged: 0 })).toBe('No reviews');
    expect(percent(0.425)).toBe('43%');
  });

  it('tells a person what to do next', () => {
    expect(ownReviewCall('SHARED')).toMatch(/acknowledge it/);
    expect(ownReviewCall('DRAFTED')).toMatch(/writing your review/);
  });
});
