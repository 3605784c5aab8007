import { AccessRow, Check, field, MatrixContext } from './access-matrix-kit';

/*
 * Staffing history as evidence is growth: offers, accepting and dismissing are the person's and
 * their manager chain's, never a peer's, a peer manager's or an admin's. The demo offers Sam his
 * ended payment links work (Amara dismissed hers).
 */

const SAM = (ctx: MatrixContext) => ctx.org.personId('Sam');
const REFUSED_TO_OUTSIDERS = {
  anonymous: 'UNAUTHENTICATED',
  peerManager: 'FORBIDDEN',
  admin: 'FORBIDDEN',
  otherOrg: 'NOT_FOUND',
} as const;

async function samsPaymentLinks(ctx: MatrixContext): Promise<string> {
  const rows: { id: string }[] = await ctx.db.query(
    `SELECT a.id FROM allocations a JOIN projects p ON p.id = a.project_id
     WHERE a.person_id = $1 AND p.name = 'Payment links' AND a.scenario_id IS NULL`,
    [SAM(ctx)],
  );
  if (!rows[0]) throw new Error('No payment links allocation of Sam in the demo');
  return rows[0].id;
}

const samsOffer: Check = (data) => {
  const offers = field<{ personName: string; projectName: string; competencies: { key: string }[] }[]>(
    data,
    'staffingEvidenceOffers',
  );
  expect(offers.map((o) => `${o.personName}: ${o.projectName}`)).toEqual(['Sam Okafor: Payment links']);
  expect(offers[0].competencies.map((c) => c.key)).toEqual(['api_contracts', 'code_and_business_logic']);
};
const noOffers: Check = (data) => expect(field<unknown[]>(data, 'staffingEvidenceOffers')).toEqual([]);

const accepted: Check = async (data, ctx) => {
  const entry = field<{ title: string; allocationId: string }>(data, 'acceptStaffingEvidence');
  expect(entry.allocationId).toBe(await samsPaymentLinks(ctx));
  expect(entry.title).toMatch(/^Worked on Payment links as Backend engineer, 10% for 11 weeks/);
  const rows: unknown[] = await ctx.db.query(`SELECT 1 FROM evidence WHERE person_id = $1 AND allocation_id = $2`, [
    SAM(ctx),
    entry.allocationId,
  ]);
  expect(rows).toHaveLength(1);
};
const dismissed: Check = async (data, ctx) => {
  const id = field<string>(data, 'dismissStaffingEvidence');
  expect(id).toBe(await samsPaymentLinks(ctx));
  const rows: unknown[] = await ctx.db.query(`SELECT 1 FROM staffing_evidence_dismissals WHERE allocation_id = $1`, [
    id,
  ]);
  expect(rows).toHaveLength(1);
};

const OFFER_FIELDS = `personName projectName competencies { key }`;

export const STAFFING_HISTORY_ROWS: AccessRow[] = [
  {
    operation: 'staffingEvidenceOffers',
    title: "Sam's ended work offered as evidence (member: Sam himself)",
    member: 'sam',
    document: `query O($personId: ID) { staffingEvidenceOffers(personId: $personId) { ${OFFER_FIELDS} } }`,
    variables: (ctx) => ({ personId: SAM(ctx) }),
    expect: { ...REFUSED_TO_OUTSIDERS, member: samsOffer, manager: samsOffer },
  },
  {
    operation: 'staffingEvidenceOffers',
    title: "Sam's offers asked for by his peer (member: Priya)",
    member: 'priya',
    document: `query O($personId: ID) { staffingEvidenceOffers(personId: $personId) { ${OFFER_FIELDS} } }`,
    variables: (ctx) => ({ personId: SAM(ctx) }),
    expect: { ...REFUSED_TO_OUTSIDERS, member: 'FORBIDDEN', manager: samsOffer },
  },
  {
    operation: 'staffingEvidenceOffers',
    title: 'the offers of Home: own and the reach’s (member: Priya)',
    member: 'priya',
    document: `query { staffingEvidenceOffers { ${OFFER_FIELDS} } }`,
    expect: {
      anonymous: 'UNAUTHENTICATED',
      member: noOffers,
      manager: samsOffer,
      peerManager: noOffers,
      admin: noOffers,
      otherOrg: noOffers,
    },
  },
  {
    operation: 'acceptStaffingEvidence',
    title: "logging Sam's payment links work (member: Sam himself)",
    member: 'sam',
    document: `mutation A($input: AcceptStaffingEvidenceInput!) {
      acceptStaffingEvidence(input: $input) { title allocationId } }`,
    variables: async (ctx) => ({ input: { allocationId: await samsPaymentLinks(ctx) } }),
    expect: { ...REFUSED_TO_OUTSIDERS, member: accepted, manager: accepted },
  },
  {
    operation: 'acceptStaffingEvidence',
    title: "logging Sam's work, by his peer (member: Priya)",
    member: 'priya',
    document: `mutation A($input: AcceptStaffingEvidenceInput!) {
      acceptStaffingEvidence(input: $input) { title allocationId } }`,
    variables: async (ctx) => ({ input: { allocationId: await samsPaymentLinks(ctx) } }),
    expect: { ...REFUSED_TO_OUTSIDERS, member: 'FORBIDDEN', manager: accepted },
  },
  {
    operation: 'dismissStaffingEvidence',
    title: "dismissing Sam's payment links offer (member: Sam himself)",
    member: 'sam',
    document: `mutation D($allocationId: ID!) { dismissStaffingEvidence(allocationId: $allocationId) }`,
    variables: async (ctx) => ({ allocationId: await samsPaymentLinks(ctx) }),
    expect: { ...REFUSED_TO_OUTSIDERS, member: dismissed, manager: dismissed },
  },
];
