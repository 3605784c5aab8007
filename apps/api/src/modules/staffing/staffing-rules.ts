import { daysBetween } from '@trellis/domain';
import { badInput } from '../../common/errors';

/** A plan reaches at most this far: two years is longer than anyone plans people's time. */
export const MAX_RANGE_DAYS = 2 * 366;

/** A date range, both ends inclusive: BAD_USER_INPUT naming the end that is wrong. */
export function checkRange(startDate: string, endDate: string, what = 'It'): void {
  if (endDate < startDate) throw badInput('endDate', `${what} ends (${endDate}) before it starts (${startDate}).`);
  if (daysBetween(startDate, endDate) > MAX_RANGE_DAYS) {
    throw badInput('endDate', `${what} spans more than two years: plan a shorter range and extend it later.`);
  }
}

/** A date as people read it: "2 Mar 2026". */
export function readableDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1];
  return `${d} ${month} ${y}`;
}
