import { Injectable } from '@nestjs/common';
import { badInput } from '../../../common/errors';
import { RequestContext } from '../../../context/request-context';

/**
 * Decides whether a check-in may name a meeting: the one-on-ones feature registers the rule (the
 * meeting is one of the goal owner's series in which the viewer takes part). Growth does not
 * depend on one-on-ones; with nothing registered, no check-in can name a meeting.
 */
export type MeetingLinkRule = (ctx: RequestContext, meetingId: string, goalOwnerId: string) => Promise<boolean>;

@Injectable()
export class GoalMeetingLinks {
  private rule: MeetingLinkRule | null = null;

  use(rule: MeetingLinkRule): void {
    this.rule = rule;
  }

  async require(ctx: RequestContext, meetingId: string, goalOwnerId: string): Promise<void> {
    if (!this.rule || !(await this.rule(ctx, meetingId, goalOwnerId))) {
      throw badInput('meetingId', 'A check-in can name only a one-on-one of the goal’s owner that you take part in.');
    }
  }
}
