import fc from 'fast-check';
import {
  BELOW_EXPECTATIONS_KEY,
  KEY_MAX_LENGTH,
  type Area,
  type Competency,
  type Framework,
  type Level,
  type Track,
} from '../types';

/** Text as the parser returns it: trimmed and not empty, including strings YAML would misread. */
export const arbitraryText: fc.Arbitrary<string> = fc
  .oneof(
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }),
    fc.constantFrom(
      'true',
      'no',
      'null',
      '~',
      '123',
      '0x1F',
      '1e3',
      '-',
      '- x',
      'a: b',
      'x #y',
      '#c',
      '"q"',
      "'",
      '|',
      '>',
      '*a',
      '&a',
      '!tag',
      '%YAML',
      '@',
      '`',
      '? k',
      '[x]',
      '{y}',
      'Engineer → Architect',
      'line one\nline two',
      'tab\there',
      '---',
      '...',
    ),
  )
  .map((s) => s.trim())
  .filter((s) => s.length > 0);

export const arbitraryKey: fc.Arbitrary<string> = fc
  .stringMatching(/^[a-z0-9]+(?:[_-][a-z0-9]+)*$/)
  .filter((k) => k.length <= KEY_MAX_LENGTH && k !== BELOW_EXPECTATIONS_KEY);

const rarelyRetired = fc.integer({ min: 0, max: 4 }).map((n) => n === 0);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Splits `items` into consecutive chunks of the given sizes. */
function chunk<T>(items: T[], sizes: number[]): T[][] {
  let start = 0;
  return sizes.map((size) => items.slice((start += size) - size, start));
}

/** Any valid framework: 1-3 tracks of 1-4 levels, 1-4 areas of 1-4 competencies, some retired. */
export const arbitraryFramework: fc.Arbitrary<Framework> = fc
  .record({
    trackSizes: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 }),
    areaSizes: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 4 }),
  })
  .chain(({ trackSizes, areaSizes }) => {
    const levelCount = sum(trackSizes);
    const competencyCount = sum(areaSizes);
    const exactly = <T>(arb: fc.Arbitrary<T>, n: number) => fc.array(arb, { minLength: n, maxLength: n });
    return fc
      .record({
        name: arbitraryText,
        description: fc.option(arbitraryText, { nil: undefined }),
        below: fc.record({ name: arbitraryText, summary: arbitraryText }),
        trackKeys: fc.uniqueArray(arbitraryKey, { minLength: trackSizes.length, maxLength: trackSizes.length }),
        trackNames: exactly(arbitraryText, trackSizes.length),
        levelKeys: fc.uniqueArray(arbitraryKey, { minLength: levelCount, maxLength: levelCount }),
        levels: exactly(fc.record({ name: arbitraryText, summary: arbitraryText, retired: rarelyRetired }), levelCount),
        areaKeys: fc.uniqueArray(arbitraryKey, { minLength: areaSizes.length, maxLength: areaSizes.length }),
        areas: exactly(
          fc.record({ name: arbitraryText, description: arbitraryText, retired: rarelyRetired }),
          areaSizes.length,
        ),
        competencyKeys: fc.uniqueArray(arbitraryKey, { minLength: competencyCount, maxLength: competencyCount }),
        competencies: exactly(
          fc.record({
            name: arbitraryText,
            description: arbitraryText,
            retired: rarelyRetired,
            sentences: exactly(arbitraryText, levelCount),
            optionalPresent: exactly(fc.boolean(), levelCount),
          }),
          competencyCount,
        ),
      })
      .map((g): Framework => {
        const levels: Level[] = g.levels.map((l, i) => ({
          key: g.levelKeys[i],
          name: l.name,
          summary: l.summary,
          ...(l.retired ? { retired: true } : {}),
        }));
        const tracks: Track[] = chunk(levels, trackSizes).map((trackLevels, t) => {
          if (trackLevels.every((l) => l.retired)) delete trackLevels[0].retired;
          return { key: g.trackKeys[t], name: g.trackNames[t], levels: trackLevels };
        });
        const allAreasRetired = g.areas.every((a) => a.retired);
        const areaCompetencies = chunk(
          g.competencies.map((c, i) => ({ ...c, key: g.competencyKeys[i] })),
          areaSizes,
        );
        const areas: Area[] = g.areas.map((generatedArea, i) => {
          const a = { ...generatedArea, retired: generatedArea.retired && !(allAreasRetired && i === 0) };
          const generated = areaCompetencies[i];
          if (!a.retired && generated.every((c) => c.retired)) generated[0].retired = false;
          const competencies: Competency[] = generated.map((c) => {
            const expectations: Record<string, string> = {};
            levels.forEach((level, l) => {
              const required = !a.retired && !c.retired && !level.retired;
              if (required || c.optionalPresent[l]) expectations[level.key] = c.sentences[l];
            });
            const competency: Competency = { key: c.key, name: c.name, description: c.description, expectations };
            return c.retired ? { ...competency, retired: true } : competency;
          });
          const area: Area = { key: g.areaKeys[i], name: a.name, description: a.description, competencies };
          return a.retired ? { ...area, retired: true } : area;
        });
        const framework: Framework = {
          name: g.name,
          belowExpectations: { key: BELOW_EXPECTATIONS_KEY, ...g.below },
          tracks,
          areas,
        };
        if (g.description !== undefined) framework.description = g.description;
        return framework;
      });
  });
