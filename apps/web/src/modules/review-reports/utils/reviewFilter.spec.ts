import { filterReviews, reviewFilterOptions } from './reviewFilter';

const reviews = [
  { id: '1', person: { managerName: 'Maya', teamName: 'Payments' } },
  { id: '2', person: { managerName: 'Omar', teamName: 'Platform' } },
  { id: '3', person: { managerName: 'Maya', teamName: 'Payments' } },
  { id: '4', person: { managerName: null, teamName: null } },
];

describe('the calibration list’s filter', () => {
  it('offers everyone, each manager’s people and each team, by name', () => {
    expect(reviewFilterOptions(reviews).map((o) => o.label)).toEqual([
      'Everyone',
      'Reports to Maya',
      'Reports to Omar',
      'Team Payments',
      'Team Platform',
    ]);
  });

  it('keeps the reviews of the manager or team chosen', () => {
    expect(filterReviews(reviews, 'all').map((r) => r.id)).toEqual(['1', '2', '3', '4']);
    expect(filterReviews(reviews, 'manager:Maya').map((r) => r.id)).toEqual(['1', '3']);
    expect(filterReviews(reviews, 'team:Platform').map((r) => r.id)).toEqual(['2']);
  });
});
