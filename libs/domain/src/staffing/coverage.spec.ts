import { skillCoverage } from './coverage';

describe('skillCoverage', () => {
  const requirements = [
    { competencyKey: 'api_contracts', name: 'API contracts', projects: [{ id: 'refunds', name: 'Refunds API' }] },
    { competencyKey: 'scalability', name: 'Scalability', projects: [{ id: 'ledger', name: 'Ledger migration' }] },
    { competencyKey: 'incidents', name: 'Incident response', projects: [{ id: 'oncall', name: 'On-call' }] },
  ];
  const holders = [
    { personId: 'sam', name: 'Sam', meets: new Set(['api_contracts', 'incidents']) },
    { personId: 'priya', name: 'Priya', meets: new Set(['incidents']) },
    { personId: 'jonas', name: 'Jonas', meets: new Set<string>() },
  ];

  it('names the needed competencies that rest on one person or nobody, nobody first', () => {
    const { thin } = skillCoverage(requirements, holders, []);
    expect(thin.map((c) => [c.name, c.holders.map((h) => h.name)])).toEqual([
      ['Scalability', []],
      ['API contracts', ['Sam']],
    ]);
  });

  it('flags projects whose needed competency rests on one of their people, or on none of them', () => {
    const { risks } = skillCoverage(requirements, holders, [
      { id: 'refunds', name: 'Refunds API', competencyKeys: ['api_contracts'], personIds: ['sam', 'jonas'] },
      { id: 'oncall', name: 'On-call', competencyKeys: ['incidents'], personIds: ['sam', 'priya'] },
      { id: 'ledger', name: 'Ledger migration', competencyKeys: ['scalability'], personIds: ['jonas'] },
    ]);
    expect(risks.map((r) => [r.projectName, r.name, r.restsOn?.name ?? null])).toEqual([
      ['Ledger migration', 'Scalability', null],
      ['Refunds API', 'API contracts', 'Sam'],
    ]);
  });
});
