import { AccessRow } from './access-matrix-kit';

export const FRAMEWORK_EDIT_ROWS: AccessRow[] = [];
