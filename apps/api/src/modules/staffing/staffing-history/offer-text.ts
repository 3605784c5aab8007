import { daysBetween } from '@trellis/domain';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** What an ended allocation's offer says about it. */
export interface EndedWork {
  projectName: string | null;
  needRole: string | null;
  note: string;
  percent: number;
  startDate: string;
  endDate: string;
}

/** How long the work ran: whole weeks, or days under a week. */
export function workDuration(startDate: string, endDate: string): string {
  const days = daysBetween(startDate, endDate) + 1;
  if (days < 7) return days === 1 ? '1 day' : `${days} days`;
  const weeks = Math.round(days / 7);
  return weeks === 1 ? '1 week' : `${weeks} weeks`;
}

/** "12 Jan – 6 Mar", with the years when the range crosses one ("15 Dec 2025 – 6 Mar 2026"). */
export function dayRange(startDate: string, endDate: string): string {
  const part = (date: string, withYear: boolean) => {
    const [y, m, d] = date.split('-').map(Number);
    return `${d} ${MONTHS[m - 1]}${withYear ? ` ${y}` : ''}`;
  };
  const crossesYear = startDate.slice(0, 4) !== endDate.slice(0, 4);
  if (startDate === endDate) return part(startDate, false);
  return `${part(startDate, crossesYear)} – ${part(endDate, crossesYear)}`;
}

/** The entry an offer proposes: "Worked on Refunds API as Backend engineer, 50% for 8 weeks (12 Jan – 6 Mar)". */
export function offerTitle(work: EndedWork): string {
  const what = work.projectName
    ? `Worked on ${work.projectName}${work.needRole ? ` as ${work.needRole}` : ''}`
    : `Development time${work.note.trim() ? `: ${work.note.trim()}` : ''}`;
  const tail = `, ${work.percent}% for ${workDuration(work.startDate, work.endDate)} (${dayRange(work.startDate, work.endDate)})`;
  // Evidence titles hold 200 characters: a long note is cut, the figures are kept.
  const room = 200 - tail.length;
  const head = [...what].length > room ? `${[...what].slice(0, room - 1).join('')}…` : what;
  return `${head}${tail}`;
}
