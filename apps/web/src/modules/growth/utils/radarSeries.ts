import type { PersonGrowthFieldsFragment } from '@web/generated/graphql';
import { previousSource } from './growthView';

export type SeriesKey = 'self' | 'manager' | 'expectation' | 'previous';

export interface RadarSeries {
  key: SeriesKey;
  label: string;
  /** One scale position per axis, null where there is no rating. */
  values: (number | null)[];
  /** A rung name per axis, for the data table. */
  names: (string | null)[];
}

export interface RadarAxis {
  key: string;
  name: string;
  areaKey: string;
  areaName: string;
}

export interface RadarModel {
  axes: RadarAxis[];
  series: RadarSeries[];
  maxPosition: number;
  /** The scale's rung names by position, for the rings. */
  rings: { position: number; name: string }[];
  /** Which ratings the dashed comparison shows, if any. */
  previousSource: 'manager' | 'self' | null;
}

/** The radar's axes and series from a quarter of ratings: self, manager, expectation, previous quarter. */
export function radarModel(growth: PersonGrowthFieldsFragment): RadarModel {
  const axes = growth.competencies.map((c) => ({
    key: c.competencyKey,
    name: c.competencyName,
    areaKey: c.areaKey,
    areaName: c.areaName,
  }));
  const series: RadarSeries[] = [];
  const selfValues = growth.competencies.map((c) => c.self?.ratingPosition ?? null);
  series.push({
    key: 'self',
    label: 'Self',
    values: selfValues,
    names: growth.competencies.map((c) => c.self?.ratingName ?? null),
  });
  if (growth.managerRatingsVisible) {
    series.push({
      key: 'manager',
      label: 'Manager',
      values: growth.competencies.map((c) => c.manager?.ratingPosition ?? null),
      names: growth.competencies.map((c) => c.manager?.ratingName ?? null),
    });
  }
  if (growth.level) {
    const level = growth.level;
    series.push({
      key: 'expectation',
      label: `Expected at ${level.name}`,
      values: growth.competencies.map(() => level.position),
      names: growth.competencies.map(() => level.name),
    });
  }
  const previous = previousSource(growth);
  if (previous) {
    const pick = (c: PersonGrowthFieldsFragment['competencies'][number]) =>
      previous === 'manager' ? c.previousManager : c.previousSelf;
    series.push({
      key: 'previous',
      label: `${growth.previousQuarter.label} (${previous})`,
      values: growth.competencies.map((c) => pick(c)?.ratingPosition ?? null),
      names: growth.competencies.map((c) => pick(c)?.ratingName ?? null),
    });
  }
  const maxPosition = Math.max(1, ...growth.scale.map((rung) => rung.position));
  const rings = growth.scale
    .filter((rung) => !rung.retired || series.some((s) => s.values.includes(rung.position)))
    .map((rung) => ({ position: rung.position, name: rung.name }));
  return { axes, series, maxPosition, rings, previousSource: previous };
}

const rated = (values: readonly (number | null)[]) => values.filter((value) => value !== null).length;

/** One sentence for screen readers: what the chart shows and how much of it there is. */
export function radarSummary(model: RadarModel, growth: PersonGrowthFieldsFragment, personName: string): string {
  const total = model.axes.length;
  const parts = [`Radar chart of ${personName}'s ratings for ${growth.quarter.label} on ${total} competencies`];
  const self = model.series.find((s) => s.key === 'self');
  if (self) parts.push(`self ratings on ${rated(self.values)} of ${total}`);
  const manager = model.series.find((s) => s.key === 'manager');
  parts.push(manager ? `manager ratings on ${rated(manager.values)} of ${total}` : 'manager ratings not shared yet');
  if (growth.level) parts.push(`against the ${growth.level.name} expectation`);
  const previous = model.series.find((s) => s.key === 'previous');
  if (previous) parts.push(`compared with ${previous.label}`);
  return `${parts.join(', ')}. The data table lists every value.`;
}
