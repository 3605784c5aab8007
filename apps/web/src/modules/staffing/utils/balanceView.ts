import type { BalanceFiguresFieldsFragment } from '@web/generated/graphql';

/** One bar of the balance chart: the shares of confirmed work, in percent. */
export interface BalanceBar {
  name: string;
  delivery: number;
  development: number;
  support: number;
}

const percent = (share: number) => Math.round(share * 1000) / 10;

export function balanceBar(name: string, figures: BalanceFiguresFieldsFragment): BalanceBar {
  return {
    name,
    delivery: percent(figures.deliveryShare),
    development: percent(figures.developmentShare),
    support: percent(figures.supportShare),
  };
}

/** Short of the development target, by a margin worth showing (half a percentage point). */
export function isShortOfDevelopment(figures: Pick<BalanceFiguresFieldsFragment, 'developmentShortfall'>): boolean {
  return figures.developmentShortfall >= 0.005;
}

/** Whether there is any confirmed work in the period: without it, shares of work say nothing. */
export function hasWork(figures: Pick<BalanceFiguresFieldsFragment, 'allocatedShare'>): boolean {
  return figures.allocatedShare > 0;
}

export interface PersonBalanceLike {
  person: { id: string; name: string };
  figures: BalanceFiguresFieldsFragment;
  drought?: { from: string; to: string; weeks: number } | null;
}

/**
 * Who needs a look first: the people short of development time (largest shortfall first, a
 * drought before none), then the rest by name.
 */
export function sortByDevelopmentNeed<P extends PersonBalanceLike>(people: readonly P[]): P[] {
  const rank = (p: P) => (hasWork(p.figures) && (isShortOfDevelopment(p.figures) || p.drought) ? 0 : 1);
  return [...people].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      b.figures.developmentShortfall - a.figures.developmentShortfall ||
      (b.drought?.weeks ?? 0) - (a.drought?.weeks ?? 0) ||
      a.person.name.localeCompare(b.person.name),
  );
}
