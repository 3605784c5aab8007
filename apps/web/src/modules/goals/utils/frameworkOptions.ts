import type { FrameworkDetailFragment, Track } from '@web/generated/graphql';

export interface OptionGroup {
  group: string;
  items: { value: string; label: string }[];
}

/**
 * Active competencies grouped by area, for a MultiSelect; competencies a record already holds stay
 * choosable (under their area, or "Retired") so editing it does not drop them silently.
 */
export function competencyOptions(
  framework: Pick<FrameworkDetailFragment, 'areas'>,
  kept: readonly { key: string; name: string }[] = [],
): OptionGroup[] {
  const keptKeys = new Set(kept.map((item) => item.key));
  const seen = new Set<string>();
  const groups: OptionGroup[] = [];
  for (const area of framework.areas) {
    const items = area.competencies
      .filter((competency) => (!area.retired && !competency.retired) || keptKeys.has(competency.key))
      .map((competency) => {
        seen.add(competency.key);
        return { value: competency.key, label: competency.name };
      });
    if (items.length > 0) groups.push({ group: area.name, items });
  }
  const missing = kept.filter((item) => !seen.has(item.key));
  if (missing.length > 0)
    groups.push({ group: 'No longer in the framework', items: missing.map((m) => ({ value: m.key, label: m.name })) });
  return groups;
}

/** The levels a goal can aim at on the person's track, most junior first; a kept retired target stays. */
export function targetLevelOptions(
  framework: Pick<FrameworkDetailFragment, 'tracks'>,
  track: Track,
  keptKey: string | null = null,
): { value: string; label: string }[] {
  const levels = framework.tracks.find((item) => item.key === track.toLowerCase())?.levels ?? [];
  return levels
    .filter((level) => !level.retired || level.key === keptKey)
    .map((level) => ({ value: level.key, label: level.retired ? `${level.name} (retired)` : level.name }));
}
