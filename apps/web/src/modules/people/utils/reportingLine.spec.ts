import { reportsBelow } from './reportingLine';

const person = (id: string, managerId: string | null) => ({ id, manager: managerId ? { id: managerId } : null });

describe('reportsBelow', () => {
  const people = [
    person('director', null),
    person('maya', 'director'),
    person('sam', 'maya'),
    person('lee', 'maya'),
    person('kim', 'lee'),
    person('ana', 'director'),
  ];

  it('walks the whole reporting line below a manager, and nothing above or beside it', () => {
    expect(reportsBelow(people, 'maya').map((p) => p.id)).toEqual(['sam', 'lee', 'kim']);
  });

  it('returns nobody for someone without reports', () => {
    expect(reportsBelow(people, 'kim')).toEqual([]);
  });

  it('survives a cycle in the data', () => {
    expect(reportsBelow([person('a', 'b'), person('b', 'a')], 'a').map((p) => p.id)).toEqual(['b']);
  });
});
