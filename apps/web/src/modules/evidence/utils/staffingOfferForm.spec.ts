import type { StaffingEvidenceOfferFieldsFragment } from '@web/generated/graphql';
import { offersHeadline, offerToFormValues, toAcceptInput, validateStaffingOffer } from './staffingOfferForm';
import { buildStaffingOffer } from '../testing/evidenceBuilders';

describe('the staffing offer form', () => {
  const offer: StaffingEvidenceOfferFieldsFragment = buildStaffingOffer();

  it('starts from the offer’s title and the competencies the work exercised', () => {
    expect(offerToFormValues(offer)).toEqual({
      title: offer.title,
      impact: '',
      competencyKeys: ['api_contracts', 'code_and_business_logic'],
    });
  });

  it('names what is missing or too long', () => {
    expect(validateStaffingOffer({ title: '  ', impact: '', competencyKeys: [] })).toEqual({
      title: 'Enter a title.',
      competencyKeys: 'Tag at least one competency the work showed.',
    });
    expect(validateStaffingOffer({ title: 'x'.repeat(201), impact: 'y'.repeat(4001), competencyKeys: ['a'] })).toEqual({
      title: 'Keep the title under 200 characters.',
      impact: 'Keep the impact under 4000 characters.',
    });
    expect(validateStaffingOffer(offerToFormValues(offer))).toEqual({});
  });

  it('sends the trimmed text with the allocation', () => {
    expect(toAcceptInput('a-1', { title: ' Built it ', impact: ' Faster ', competencyKeys: ['x'] })).toEqual({
      allocationId: 'a-1',
      title: 'Built it',
      impact: 'Faster',
      competencyKeys: ['x'],
    });
  });

  it('counts the pieces of work', () => {
    expect(offersHeadline(1, 'you')).toBe('From staffing: 1 piece of work you could log as evidence');
    expect(offersHeadline(2, 'Sam')).toBe('From staffing: 2 pieces of work Sam could log as evidence');
  });
});
