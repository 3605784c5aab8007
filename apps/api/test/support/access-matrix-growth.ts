import { AccessRow } from './access-matrix-kit';

export const GROWTH_ROWS: AccessRow[] = [];
