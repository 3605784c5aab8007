import { OUTLIER_BADGE, outlierOf, outliers, sortByLeniency } from './leniency';

const group = (name: string, againstReach: number | null, outlier: string | null = null) => ({
  name,
  againstReach,
  outlier,
});

describe('sortByLeniency', () => {
  it('puts the groups furthest from the reach’s mean first, lenient or harsh alike', () => {
    const sorted = sortByLeniency([
      group('Ana', 0.1),
      group('Ben', -0.8, 'harsh'),
      group('Cleo', 0.6, 'lenient'),
      group('Dan', -0.2),
    ]);
    expect(sorted.map((g) => g.name)).toEqual(['Ben', 'Cleo', 'Dan', 'Ana']);
  });

  it('puts groups with nothing rated last, and breaks ties by name', () => {
    const sorted = sortByLeniency([group('Zoe', null), group('Yan', 0.3), group('Abe', -0.3), group('Bea', null)]);
    expect(sorted.map((g) => g.name)).toEqual(['Abe', 'Yan', 'Bea', 'Zoe']);
  });

  it('leaves the input as it was', () => {
    const input = [group('B', 0.1), group('A', 0.9)];
    sortByLeniency(input);
    expect(input.map((g) => g.name)).toEqual(['B', 'A']);
  });
});

describe('outliers', () => {
  it('keeps only the groups the API names lenient or harsh, furthest first', () => {
    const found = outliers([
      group('Ana', 0.55, 'lenient'),
      group('Ben', 0.7),
      group('Cleo', -0.9, 'harsh'),
      group('Dan', 0.2, 'something else'),
    ]);
    expect(found.map((g) => `${g.name}:${g.outlier}`)).toEqual(['Cleo:harsh', 'Ana:lenient']);
  });
});

describe('outlierOf', () => {
  it('reads the API’s words and ignores anything else', () => {
    expect(outlierOf('lenient')).toBe('lenient');
    expect(outlierOf('harsh')).toBe('harsh');
    expect(outlierOf('Lenient')).toBeNull();
    expect(outlierOf(null)).toBeNull();
  });

  it('badges in outline-safe .9 shades', () => {
    expect(OUTLIER_BADGE.lenient).toMatchObject({ label: 'Lenient', color: 'grape.9' });
    expect(OUTLIER_BADGE.harsh).toMatchObject({ label: 'Harsh', color: 'red.9' });
  });
});
