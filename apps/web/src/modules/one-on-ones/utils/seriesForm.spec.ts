import { pairOf, partnerChoices } from './seriesForm';

const people = [
  { id: 'maya', name: 'Maya Lindqvist', title: 'Engineering Manager', manager: { id: 'dana' } },
  { id: 'sam', name: 'Sam Okafor', title: 'Software Engineer', manager: { id: 'maya' } },
  { id: 'amara', name: 'Amara Nwosu', title: 'Senior Engineer', manager: { id: 'maya' } },
  { id: 'omar', name: 'Omar Haddad', title: 'Engineering Manager', manager: { id: 'dana' } },
];

describe('partnerChoices', () => {
  it('offers a manager only their direct reports for a one-on-one, by name', () => {
    expect(partnerChoices(people, 'maya', 'MANAGER_REPORT').map((c) => c.label)).toEqual([
      'Amara Nwosu · Senior Engineer',
      'Sam Okafor · Software Engineer',
    ]);
  });

  it('offers everyone but the viewer for a peer or mentoring pair', () => {
    expect(partnerChoices(people, 'maya', 'PEER').map((c) => c.value)).toEqual(['amara', 'omar', 'sam']);
  });
});

describe('pairOf', () => {
  it('lets the viewer lead, except a mentee, whose mentor leads', () => {
    expect(pairOf('MANAGER_REPORT', 'maya', 'sam', true)).toEqual({ leadId: 'maya', partnerId: 'sam' });
    expect(pairOf('MENTORING', 'priya', 'omar', false)).toEqual({ leadId: 'omar', partnerId: 'priya' });
    expect(pairOf('MENTORING', 'omar', 'priya', true)).toEqual({ leadId: 'omar', partnerId: 'priya' });
  });
});
