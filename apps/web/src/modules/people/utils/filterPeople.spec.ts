import { buildPersonSummary } from '../../../test/builders';
import { filterPeople, NO_TEAM, teamsOf } from './filterPeople';

const team = (id: string, name: string) => ({ __typename: 'Team' as const, id, name });

const people = [
  buildPersonSummary({ id: '1', name: 'José Álvarez', title: 'Engineer', team: team('t1', 'Core'), manager: null }),
  buildPersonSummary({ id: '2', name: 'Dana Fox', title: 'Director', level: 'Director', team: null }),
  buildPersonSummary({
    id: '3',
    name: 'Sam Rivera',
    title: 'Engineer',
    team: team('t2', 'Apps'),
    manager: { __typename: 'Person', id: '9', name: 'Maya Chen' },
  }),
];

describe('filterPeople', () => {
  it('matches words anywhere, ignoring case and accents', () => {
    expect(filterPeople(people, { search: 'jose', teamId: null }).map((p) => p.id)).toEqual(['1']);
    expect(filterPeople(people, { search: 'MAYA engineer', teamId: null }).map((p) => p.id)).toEqual(['3']);
  });

  it('narrows by team, or to people without a team', () => {
    expect(filterPeople(people, { search: '', teamId: 't2' }).map((p) => p.id)).toEqual(['3']);
    expect(filterPeople(people, { search: '', teamId: NO_TEAM }).map((p) => p.id)).toEqual(['2']);
  });

  it('returns everyone for an empty filter', () => {
    expect(filterPeople(people, { search: '   ', teamId: null })).toHaveLength(3);
  });

  it('lists the teams people belong to, by name', () => {
    expect(teamsOf(people)).toEqual([
      { id: 't2', name: 'Apps' },
      { id: 't1', name: 'Core' },
    ]);
  });
});
