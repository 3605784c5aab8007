import { Foundation1764000000000 } from './1764000000000-foundation';
import { Frameworks1764100000000 } from './1764100000000-frameworks';
import { Growth1764200000000 } from './1764200000000-growth';
import { Staffing1764300000000 } from './1764300000000-staffing';
import { Scenarios1764400000000 } from './1764400000000-scenarios';
import { StaffingHistory1764450000000 } from './1764450000000-staffing-history';
import { OneOnOnes1764500000000 } from './1764500000000-one-on-ones';
import { Reviews1764600000000 } from './1764600000000-reviews';

/** Every migration, in order. New ones are appended here. */
export const MIGRATIONS = [
  Foundation1764000000000,
  Frameworks1764100000000,
  Growth1764200000000,
  Staffing1764300000000,
  Scenarios1764400000000,
  StaffingHistory1764450000000,
  OneOnOnes1764500000000,
  Reviews1764600000000,
];
