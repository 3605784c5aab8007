import type { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways on a narrow screen: a named region the keyboard can reach
 * (focus it, then the arrow keys scroll it), as axe asks of every scrollable region.
 */
export function ScrollRegion({ label, minWidth, children }: { label: string; minWidth: number; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} style={{ overflowX: 'auto' }}>
      <div style={{ minWidth }}>{children}</div>
    </div>
  );
}
