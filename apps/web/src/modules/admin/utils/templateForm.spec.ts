import { pointsFromText, templateProblems } from './templateForm';

describe('template form', () => {
  it('reads one point per line, leaving out blank lines', () => {
    expect(pointsFromText('  How is it going?\n\n What is blocking you? \n')).toEqual([
      'How is it going?',
      'What is blocking you?',
    ]);
  });

  it('names what is missing or too long', () => {
    expect(templateProblems({ name: ' ', points: [] })).toEqual({
      name: 'Name the template.',
      points: 'Give at least one talking point.',
    });
    expect(templateProblems({ name: 'Career', points: Array.from({ length: 31 }, () => 'x') }).points).toBe(
      'A template holds at most 30 points.',
    );
    expect(templateProblems({ name: 'Career', points: ['x'.repeat(501)] }).points).toBe(
      'Keep each point under 500 characters.',
    );
    expect(templateProblems({ name: 'Career', points: ['Where do you want to be in a year?'] })).toEqual({});
  });
});
