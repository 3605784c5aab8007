import { fiscalQuarterOf, quarterKey } from '@trellis/domain';
import type { OrganizationPlan } from './organization-plan';

export interface PlannedReview {
  personId: string;
  summary: string;
  strengths: string;
  focus: string;
  readiness: 'not_yet' | 'soon' | 'ready' | null;
  sharedBy: string | null;
  reflection: string;
  acknowledged: boolean;
}

export interface ReviewsPlan {
  /** The quarter whose cycle is open, with a review for every active person. */
  openQuarter: string;
  openedBy: string;
  /** Reviews with something written; everyone else's is not started. */
  reviews: PlannedReview[];
  /** Readiness calls a director changed in calibration, with the reason. */
  adjustments: { personId: string; to: 'not_yet' | 'soon' | 'ready'; reason: string; byName: string }[];
}

/**
 * This quarter's review cycle, open: in Payments, Priya's review is drafted, Jonas's shared,
 * reflected on and acknowledged, and Sam's not started (the journey writes it); in Platform,
 * Hannah's is shared and waits for her reflection, after Dana raised its readiness in calibration.
 */
export function demoReviews(plan: OrganizationPlan, today: string, fiscalStartMonth = 1): ReviewsPlan {
  const person = (name: string) => {
    const p = plan.people.find((x) => x.name.startsWith(name));
    if (!p) throw new Error(`The demo has no ${name}`);
    return p.id;
  };
  return {
    openQuarter: quarterKey(fiscalQuarterOf(today, fiscalStartMonth)),
    openedBy: 'Dana Whitfield',
    reviews: [
      {
        personId: person('Priya'),
        summary: 'Priya took over the reconciliation service and shipped its rewrite without an incident.',
        strengths: 'Careful design reviews; calm under on-call pressure.',
        focus: 'Lead one cross-team design and write it up.',
        readiness: 'not_yet',
        sharedBy: null,
        reflection: '',
        acknowledged: false,
      },
      {
        personId: person('Jonas'),
        summary: 'Jonas carried the card-network migration and mentored two new joiners.',
        strengths: 'Mentoring; clear written updates.',
        focus: 'Own the payments observability roadmap.',
        readiness: 'soon',
        sharedBy: 'Maya Lindqvist',
        reflection: 'A good quarter. I want more design work next quarter.',
        acknowledged: true,
      },
      {
        personId: person('Hannah'),
        summary: 'Hannah made the deploy pipeline twice as fast and ran the platform guild.',
        strengths: 'Automation; getting people to agree.',
        focus: 'Take the incident commander rotation.',
        readiness: 'soon',
        sharedBy: 'Omar Haddad',
        reflection: '',
        acknowledged: false,
      },
    ],
    adjustments: [
      {
        personId: person('Hannah'),
        to: 'ready',
        reason: 'Already leads the platform guild across teams: that is the Principal bar.',
        byName: 'Dana Whitfield',
      },
    ],
  };
}
