import { dayRange, offerTitle, workDuration } from './offer-text';

describe('the text of a staffing evidence offer', () => {
  it('names the project, the role, the share, the weeks and the dates', () => {
    expect(
      offerTitle({
        projectName: 'Refunds API',
        needRole: 'Backend engineer',
        note: '',
        percent: 50,
        startDate: '2026-01-12',
        endDate: '2026-03-06',
      }),
    ).toBe('Worked on Refunds API as Backend engineer, 50% for 8 weeks (12 Jan – 6 Mar)');
  });

  it('leaves the role out when the work filled no need, and names development time by its note', () => {
    const base = { percent: 20, startDate: '2026-02-02', endDate: '2026-02-04', note: '' };
    expect(offerTitle({ ...base, projectName: 'Checkout', needRole: null })).toBe(
      'Worked on Checkout, 20% for 3 days (2 Feb – 4 Feb)',
    );
    expect(offerTitle({ ...base, projectName: null, needRole: null, note: ' dbt training ' })).toBe(
      'Development time: dbt training, 20% for 3 days (2 Feb – 4 Feb)',
    );
  });

  it('gives the years when the range crosses one, and one date for a single day', () => {
    expect(dayRange('2025-12-15', '2026-03-06')).toBe('15 Dec 2025 – 6 Mar 2026');
    expect(dayRange('2026-05-01', '2026-05-01')).toBe('1 May');
    expect(workDuration('2026-05-01', '2026-05-01')).toBe('1 day');
    expect(workDuration('2026-05-04', '2026-05-10')).toBe('1 week');
  });

  it('keeps within the 200 characters of an evidence title, cutting the note and keeping the figures', () => {
    const title = offerTitle({
      projectName: null,
      needRole: null,
      note: 'x'.repeat(400),
      percent: 20,
      startDate: '2026-01-05',
      endDate: '2026-02-27',
    });
    expect([...title]).toHaveLength(200);
    expect(title.endsWith('…, 20% for 8 weeks (5 Jan – 27 Feb)')).toBe(true);
  });
});
