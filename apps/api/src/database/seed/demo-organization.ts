import { demoGrowth } from './growth-plan';
import { demoOneOnOnes } from './one-on-ones-plan';
import { demoReviews } from './reviews-plan';
import { demoStaffing } from './staffing-plan';
import { newId, OrganizationPlan, PlannedPerson, PlannedTeam } from './organization-plan';

export const DEMO_PASSWORD = 'trellis-demo';

export const DEMO_ACCOUNTS = {
  password: DEMO_PASSWORD,
  accounts: [
    { email: 'admin@acme.test', description: 'admin' },
    { email: 'dana@acme.test', description: 'director (manager role)' },
    { email: 'maya@acme.test', description: 'manager of Payments' },
    { email: 'sam@acme.test', description: 'member, reports to Maya' },
  ],
};

type Row = [name: string, title: string, level: string, startDate: string];

/** Acme Engineering: a director, three managers with a team each, and their engineers. */
export function demoOrganization(domain = 'acme.test', name = 'Acme Engineering'): OrganizationPlan {
  const teams: PlannedTeam[] = [];
  const people: PlannedPerson[] = [];
  const team = (name: string, parentId: string | null = null): PlannedTeam => {
    const t = { id: newId(), name, leadId: null, parentId };
    teams.push(t);
    return t;
  };
  const person = (
    [name, title, level, startDate]: Row,
    managerId: string | null,
    teamId: string | null,
    track: PlannedPerson['track'] = 'individual_contributor',
  ): PlannedPerson => {
    const p = { id: newId(), name, title, level, startDate, track, managerId, teamId, weeklyCapacityHours: 40 };
    people.push(p);
    return p;
  };

  const engineering = team('Engineering');
  const dana = person(
    ['Dana Whitfield', 'Director of Engineering', 'Director', '2018-04-09'],
    null,
    engineering.id,
    'management',
  );
  engineering.leadId = dana.id;
  const ops = person(
    ['Riley Chen', 'Engineering Operations Lead', 'Senior Engineer', '2019-09-02'],
    dana.id,
    engineering.id,
  );

  const squads: { team: string; manager: Row; members: Row[] }[] = [
    {
      team: 'Payments',
      manager: ['Maya Lindqvist', 'Engineering Manager, Payments', 'Engineering Manager', '2019-02-18'],
      members: [
        ['Sam Okafor', 'Software Engineer', 'Engineer', '2023-06-05'],
        ['Priya Raman', 'Senior Software Engineer', 'Senior Engineer', '2020-11-16'],
        ['Jonas Becker', 'Staff Engineer, Payments', 'Domain Expert', '2017-08-21'],
        ['Amara Nwosu', 'Software Engineer', 'Engineer', '2024-01-08'],
        ['Luis Ortega', 'Senior Software Engineer', 'Senior Engineer', '2021-03-29'],
      ],
    },
    {
      team: 'Platform',
      manager: ['Omar Haddad', 'Engineering Manager, Platform', 'Engineering Manager', '2018-10-01'],
      members: [
        ['Hannah Kim', 'Architect', 'Architect', '2016-05-16'],
        ['Tomasz Nowak', 'Site Reliability Engineer', 'Senior Engineer', '2020-02-03'],
        ['Grace Mensah', 'Software Engineer', 'Engineer', '2023-09-11'],
        ['Ravi Shah', 'Tech Lead, Platform', 'Tech Lead', '2019-07-22'],
        ['Elena Petrova', 'Senior Software Engineer', 'Senior Engineer', '2021-10-04'],
      ],
    },
    {
      team: 'Data',
      manager: ['Lena Fischer', 'Engineering Manager, Data', 'Engineering Manager', '2020-01-13'],
      members: [
        ['Kofi Asante', 'Data Engineer', 'Engineer', '2022-04-25'],
        ['Mei Tanaka', 'Principal Architect', 'Principal Architect', '2015-03-02'],
        ['Noah Schmidt', 'Senior Data Engineer', 'Senior Engineer', '2021-06-14'],
        ['Isabel Costa', 'Data Engineer', 'Engineer', '2024-05-20'],
      ],
    },
  ];
  const managerIds: Record<string, string> = {};
  for (const squad of squads) {
    const t = team(squad.team, engineering.id);
    const manager = person(squad.manager, dana.id, t.id, 'management');
    t.leadId = manager.id;
    managerIds[squad.team] = manager.id;
    for (const member of squad.members) {
      person(member, manager.id, t.id, member[2] === 'Tech Lead' ? 'management' : 'individual_contributor');
    }
  }
  const byName = (name: string) => people.find((p) => p.name.startsWith(name))?.id ?? null;

  const plan: OrganizationPlan = {
    id: newId(),
    name,
    teams,
    people,
    users: [
      { email: `admin@${domain}`, role: 'admin', personId: ops.id, password: DEMO_PASSWORD },
      { email: `dana@${domain}`, role: 'manager', personId: dana.id, password: DEMO_PASSWORD },
      { email: `maya@${domain}`, role: 'manager', personId: managerIds['Payments'], password: DEMO_PASSWORD },
      { email: `omar@${domain}`, role: 'manager', personId: managerIds['Platform'], password: DEMO_PASSWORD },
      { email: `lena@${domain}`, role: 'manager', personId: managerIds['Data'], password: DEMO_PASSWORD },
      { email: `sam@${domain}`, role: 'member', personId: byName('Sam Okafor'), password: DEMO_PASSWORD },
      { email: `priya@${domain}`, role: 'member', personId: byName('Priya Raman'), password: DEMO_PASSWORD },
    ],
  };
  const today = new Date().toISOString().slice(0, 10);
  plan.growth = (framework, levelKeyOf) => demoGrowth(framework, plan, levelKeyOf, today);
  plan.staffing = (goals) => demoStaffing(plan, goals, today);
  plan.oneOnOnes = (goals) => demoOneOnOnes(plan, goals, new Date());
  plan.reviews = () => demoReviews(plan, today);
  return plan;
}
