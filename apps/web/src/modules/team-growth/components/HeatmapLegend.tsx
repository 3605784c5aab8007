import { Text } from '@mantine/core';
import { gapLegend } from '../utils/heatmapView';
import classes from './GrowthHeatmap.module.css';

/** What the colours and symbols of the cells mean. */
export function HeatmapLegend() {
  return (
    <ul className={classes.legendList} aria-label="Legend">
      {gapLegend.map((entry) => (
        <li key={entry.gapClass} className={classes.legendItem}>
          <span className={classes.swatch} data-gap={entry.gapClass} aria-hidden>
            {entry.symbol}
          </span>
          <Text size="xs" component="span">
            {entry.label}
          </Text>
        </li>
      ))}
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
    </ul>
  );
}
