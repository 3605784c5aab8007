import { csvField, toCsv } from './csv';
import { planCsv } from './planCsv';

describe('csv', () => {
  it('quotes fields with commas, quotes and line breaks, and leaves plain ones alone', () => {
    expect(csvField('Refunds API')).toBe('Refunds API');
    expect(csvField('Checkout, v2')).toBe('"Checkout, v2"');
    expect(csvField('The "new" ledger')).toBe('"The ""new"" ledger"');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(20)).toBe('20');
    expect(csvField(null)).toBe('');
  });

  it('keeps a formula-looking text as text', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('@sum')).toBe("'@sum");
    expect(csvField(-3)).toBe('-3');
  });

  it('ends every row with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        [1, 2],
      ]),
    ).toBe('a,b\r\n1,2\r\n');
  });

  it('writes the plan by person and start date, naming development time without a project', () => {
    const csv = planCsv([
      {
        personName: 'Sam Okafor',
        projectName: 'Refunds API',
        kind: 'DELIVERY',
        percent: 60,
        startDate: '2026-03-02',
        endDate: '2026-06-28',
        status: 'CONFIRMED',
      },
      {
        personName: 'Priya Raman',
        projectName: null,
        kind: 'DEVELOPMENT',
        percent: 20,
        startDate: '2026-03-02',
        endDate: '2026-03-29',
        status: 'TENTATIVE',
      },
    ]);
    expect(csv.split('\r\n')).toEqual([
      'Person,Project,Kind,Share (%),From,To,Status',
      'Priya Raman,Development (no project),Development,20,2026-03-02,2026-03-29,Tentative',
      'Sam Okafor,Refunds API,Delivery,60,2026-03-02,2026-06-28,Confirmed',
      '',
    ]);
  });
});
