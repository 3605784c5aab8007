import { Injectable } from '@nestjs/common';
import { fiscalQuarterOf, parseQuarterKey, previousQuarterKey, quarterKey, quarterOfKey } from '@trellis/domain';
import { badInput } from '../../../common/errors';
import { RequestContext } from '../../../context/request-context';
import { OrganizationRow, OrganizationsRepository } from './organizations.repository';

/** A fiscal quarter as records show it. */
export interface QuarterDates {
  key: string;
  label: string;
  start: string;
  end: string;
}

export interface QuarterClock {
  startMonth: number;
  today: string;
  current: string;
  staleGoalDays: number;
  toQuarter(key: string): QuarterDates;
  /** Ratings may be written for the current quarter and, as a grace, the one before. */
  writable(key: string): boolean;
}

/**
 * The organization's calendar: today, the current quarter, and quarter keys as quarters. A
 * request about to file something under a quarter key asks `forWrite`: it then holds the
 * organization row (FOR SHARE) to its commit, so the fiscal year's start month cannot change
 * between the key being worked out and the row being written (the settings take FOR UPDATE).
 */
@Injectable()
export class QuarterClockService {
  constructor(private readonly organizations: OrganizationsRepository) {}

  /** The organization row, read once per request (a stable factory, so `ctx.loader` keeps it). */
  private readonly organizationLoader = (ctx: RequestContext) => {
    let org: Promise<OrganizationRow | null> | null = null;
    return { load: () => (org ??= this.organizations.findById(ctx.db, ctx.orgId)) };
  };

  async clock(ctx: RequestContext, options: { forWrite?: boolean } = {}): Promise<QuarterClock> {
    const org = options.forWrite
      ? await this.organizations.calendarForShare(ctx.db, ctx.orgId)
      : await ctx.loader(this.organizationLoader).load();
    const startMonth = org?.fiscalQuarterStartMonth ?? 1;
    const today = ctx.today;
    const current = quarterKey(fiscalQuarterOf(today, startMonth));
    const quarters = new Map<string, QuarterDates>();
    return {
      startMonth,
      today,
      current,
      staleGoalDays: org?.staleGoalDays ?? 21,
      // Asked once per goal or rating on a page of thousands: each key is worked out once.
      toQuarter(key) {
        let found = quarters.get(key);
        if (!found) {
          const q = quarterOfKey(key, startMonth);
          found = { key, label: q.label, start: q.start, end: q.end };
          quarters.set(key, found);
        }
        return found;
      },
      writable: (key) => key === current || key === previousQuarterKey(current),
    };
  }
}

/** A quarter argument: the current quarter when left out, BAD_USER_INPUT when malformed. */
export function quarterArgument(clock: QuarterClock, quarter: string | null | undefined, field = 'quarter'): string {
  if (quarter === null || quarter === undefined || quarter === '') return clock.current;
  return checkQuarter(clock, quarter, field);
}

/** A well-formed quarter key of this millennium (its neighbours must be keys too). */
export function checkQuarter(clock: QuarterClock, quarter: string, field: string): string {
  const parsed = parseQuarterKey(quarter);
  if (!parsed || parsed.fiscalYear < 2000 || parsed.fiscalYear > 2999) {
    throw badInput(field, `"${quarter}" is not a quarter: give one like ${clock.current}.`);
  }
  return quarter;
}
