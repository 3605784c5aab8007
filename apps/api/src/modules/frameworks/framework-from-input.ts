import {
  BELOW_EXPECTATIONS_KEY,
  type Area,
  type Competency,
  type Framework,
  type FrameworkIssue,
  type Level,
  type Track,
} from '@trellis/domain';
import type { FrameworkCompetencyInput, FrameworkInput } from './dto/framework.input';

/** Keys and texts trimmed, as an imported file's are; `retired` only when true, as stored. */
function retired<T extends object>(item: T, flag: boolean | undefined): T & { retired?: true } {
  return flag ? { ...item, retired: true } : item;
}

function expectationsOf(
  input: FrameworkCompetencyInput,
  path: string,
  issues: FrameworkIssue[],
): Record<string, string> {
  const expectations: Record<string, string> = {};
  const seen = new Set<string>();
  for (const { levelKey, text } of input.expectations) {
    const key = levelKey.trim();
    if (seen.has(key)) {
      issues.push({ path: `${path}.expectations.${key}`, message: `two expectations for level "${key}": keep one` });
      continue;
    }
    seen.add(key);
    // Kept even when blank: validateFramework reports an empty sentence at its own path.
    expectations[key] = text.trim();
  }
  return expectations;
}

/**
 * The domain framework an edit describes, plus the problems the object form cannot carry to
 * validateFramework (a level written twice in a list of expectations).
 */
export function frameworkFromInput(input: FrameworkInput): { framework: Framework; issues: FrameworkIssue[] } {
  const issues: FrameworkIssue[] = [];
  const tracks: Track[] = input.tracks.map((track) => ({
    key: track.key.trim(),
    name: track.name.trim(),
    levels: track.levels.map((level): Level =>
      retired({ key: level.key.trim(), name: level.name.trim(), summary: level.summary.trim() }, level.retired),
    ),
  }));
  const areas: Area[] = input.areas.map((area, a) =>
    retired(
      {
        key: area.key.trim(),
        name: area.name.trim(),
        description: area.description.trim(),
        competencies: area.competencies.map((competency, c): Competency =>
          retired(
            {
              key: competency.key.trim(),
              name: competency.name.trim(),
              description: competency.description.trim(),
              expectations: expectationsOf(competency, `areas[${a}].competencies[${c}]`, issues),
            },
            competency.retired,
          ),
        ),
      },
      area.retired,
    ),
  );
  const description = input.description?.trim();
  const framework: Framework = {
    name: input.name.trim(),
    ...(description ? { description } : {}),
    belowExpectations: {
      key: BELOW_EXPECTATIONS_KEY,
      name: input.belowExpectations.name.trim(),
      summary: input.belowExpectations.summary.trim(),
    },
    tracks,
    areas,
  };
  return { framework, issues };
}
