import { buildAssessment, buildCompetency } from '../testing/growthBuilders';
import { changedRatings, competencyOfField, countRated, initialDraft, validateDraft } from './ratingDraft';

const competencies = [
  buildCompetency({
    competencyKey: 'a',
    self: buildAssessment({ competencyKey: 'a', rating: 'engineer', comment: 'Kept', version: 3 }),
    manager: buildAssessment({ competencyKey: 'a', rating: 'senior_engineer', source: 'MANAGER', version: 7 }),
  }),
  buildCompetency({ competencyKey: 'b' }),
];

describe('rating drafts', () => {
  it("starts from the source's saved ratings", () => {
    expect(initialDraft(competencies, 'SELF')).toEqual({
      a: { rating: 'engineer', comment: 'Kept' },
      b: { rating: '', comment: '' },
    });
    expect(initialDraft(competencies, 'MANAGER').a).toEqual({ rating: 'senior_engineer', comment: '' });
    expect(countRated(initialDraft(competencies, 'SELF'))).toBe(1);
  });

  it('sends changed ratings with their version and new ones without', () => {
    const draft = { a: { rating: 'engineer', comment: 'Kept' }, b: { rating: 'architect', comment: ' Why ' } };
    expect(changedRatings(draft, competencies, 'SELF')).toEqual([
      { competencyKey: 'b', rating: 'architect', comment: 'Why', version: null },
    ]);
    const commentOnly = { ...draft, a: { rating: 'engineer', comment: 'Changed' } };
    expect(changedRatings(commentOnly, competencies, 'SELF')[0]).toEqual({
      competencyKey: 'a',
      rating: 'engineer',
      comment: 'Changed',
      version: 3,
    });
    expect(changedRatings(draft, competencies, 'MANAGER')[0]).toMatchObject({ competencyKey: 'a', version: 7 });
  });

  it('flags a comment without a rating', () => {
    expect(validateDraft({ b: { rating: '', comment: 'Note' } })).toEqual({
      b: 'Choose a rating to save this comment with.',
    });
    expect(validateDraft({ b: { rating: '', comment: '  ' } })).toEqual({});
  });

  it('finds the competency a server field names', () => {
    const sent = [
      { competencyKey: 'a', rating: 'engineer', comment: '' },
      { competencyKey: 'b', rating: 'x', comment: '' },
    ];
    expect(competencyOfField('ratings.1.rating', sent)).toBe('b');
    expect(competencyOfField('ratings.0', sent)).toBe('a');
    expect(competencyOfField('ratings.9.rating', sent)).toBeNull();
    expect(competencyOfField('quarter', sent)).toBeNull();
  });
});
