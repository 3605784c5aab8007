import { Text } from '@mantine/core';
import { gapLegend } from '../utils/heatmapView';
import classes from './GrowthHeatmap.module.css';

interface HeatmapLegendProps {
  /** The gaps the cells can take; every one of them gets an entry. */
  range: { min: number; max: number } | null;
  /** Whether some rating is not on its person's scale (a "?" cell). */
  offScale: boolean;
}

/** What the colours and symbols of the cells and of the team rows mean. */
export function HeatmapLegend({ range, offScale }: HeatmapLegendProps) {
  return (
    <ul className={classes.legendList} aria-label="Legend">
      {gapLegend(range).map((entry) => (
        <li key={entry.symbol} className={classes.legendItem}>
          <span className={classes.swatch} data-gap={entry.gapClass} aria-hidden>
            {entry.symbol}
          </span>
          <Text size="xs" component="span">
            {entry.label}
          </Text>
        </li>
      ))}
      {offScale ? (
        <li className={classes.legendItem}>
          <span className={classes.swatch} data-gap="off-scale" aria-hidden>
            ?
          </span>
          <Text size="xs" component="span">
            Rating not on the person’s scale
          </Text>
        </li>
      ) : null}
      <li className={classes.legendItem}>
        <span className={classes.swatch} data-gap="meets" data-source="SELF" aria-hidden>
          ✓
        </span>
        <Text size="xs" component="span">
          Dashed outline: self-rating only, no manager rating yet
        </Text>
      </li>
      <li className={classes.legendItem}>
        <span className={classes.swatch} data-gap="meets" data-disagreement aria-hidden>
          ✓
        </span>
        <Text size="xs" component="span">
          Corner mark: self and manager a level or more apart
        </Text>
      </li>
      <li className={classes.legendItem}>
        <span className={classes.teamSwatch} aria-hidden>
          2
        </span>
        <Text size="xs" component="span">
          Team rows: people below their level in that competency
        </Text>
      </li>
    </ul>
  );
}
