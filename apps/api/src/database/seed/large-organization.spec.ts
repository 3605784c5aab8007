import { largeOrganization, mulberry32 } from './large-organization';

describe('largeOrganization', () => {
  it.each([1, 2, 5, 9, 100, 500, 2000])('has exactly %i people', (people) => {
    expect(largeOrganization({ people }).people).toHaveLength(people);
  });

  it.each([5, 100, 500, 2000])('lists every manager before their reports (%i people)', (people) => {
    const plan = largeOrganization({ people });
    const seen = new Set<string>();
    for (const p of plan.people) {
      if (p.managerId !== null) expect(seen.has(p.managerId)).toBe(true);
      seen.add(p.id);
    }
  });

  it('has one director at the top; everyone else has a manager and a team that exists', () => {
    const plan = largeOrganization({ people: 500 });
    const teamIds = new Set(plan.teams.map((t) => t.id));
    expect(plan.people.filter((p) => p.managerId === null)).toEqual([
      expect.objectContaining({ title: 'Director of Engineering' }),
    ]);
    for (const p of plan.people) expect(teamIds.has(p.teamId as string)).toBe(true);
  });

  it('keeps spans of control at `span` and team leads among the managers', () => {
    const plan = largeOrganization({ people: 500, span: 6 });
    const reports = new Map<string, number>();
    for (const p of plan.people) if (p.managerId) reports.set(p.managerId, (reports.get(p.managerId) ?? 0) + 1);
    expect(Math.max(...reports.values())).toBeLessThanOrEqual(6);
    const managers = new Set(plan.people.filter((p) => p.track === 'management').map((p) => p.id));
    for (const t of plan.teams) expect(managers.has(t.leadId as string)).toBe(true);
  });

  it('makes the same names, titles and levels for the same seed, and different ones for another', () => {
    const shape = (seed: number) =>
      largeOrganization({ people: 200, seed }).people.map((p) => [p.name, p.title, p.level, p.startDate].join('|'));
    expect(shape(7)).toEqual(shape(7));
    expect(shape(7)).not.toEqual(shape(8));
    expect(largeOrganization({ people: 3 }).people.map((p) => p.name)).toEqual(
      largeOrganization({ people: 3, seed: 42 }).people.map((p) => p.name),
    );
  });

  it('gives fresh ids each time, so two copies can live in one database', () => {
    const a = largeOrganization({ people: 10 });
    const b = largeOrganization({ people: 10 });
    expect(a.id).not.toBe(b.id);
    expect(a.people.map((p) => p.id)).not.toEqual(b.people.map((p) => p.id));
  });

  it('has an admin (the director) and a manager account on the given domain', () => {
    const plan = largeOrganization({ people: 50, domain: 'big.test', password: 'long-password-1' });
    expect(plan.users).toEqual([
      { email: 'admin@big.test', role: 'admin', personId: plan.people[0].id, password: 'long-password-1' },
      expect.objectContaining({ email: 'manager@big.test', role: 'manager' }),
    ]);
    const manager = plan.people.find((p) => p.id === plan.users[1].personId);
    expect(manager?.track).toBe('management');
  });

  it('names people uniquely (a running number ends each name)', () => {
    const names = largeOrganization({ people: 1000 }).people.map((p) => p.name);
    expect(new Set(names).size).toBe(1000);
  });
});

describe('mulberry32', () => {
  it('is deterministic and stays within [0, 1)', () => {
    const a = mulberry32(1);
    const b = mulberry32(1);
    const values = Array.from({ length: 1000 }, () => a());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
    for (const v of values) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(1);
    }
    expect(new Set(values).size).toBeGreaterThan(990);
  });
});
