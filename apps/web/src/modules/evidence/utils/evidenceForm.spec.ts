import { emptyEvidenceForm, isWebLink, toCreateEvidenceInput, validateEvidenceForm } from './evidenceForm';

const today = '2026-12-01';

describe('evidenceForm', () => {
  it('needs a date not in the future, a kind and a title', () => {
    const errors = validateEvidenceForm({ ...emptyEvidenceForm('2026-12-02'), title: ' ' }, today);
    expect(errors).toEqual({
      date: 'Evidence is of work done: the date cannot be in the future',
      kind: 'Choose what kind of work it was',
      title: 'Enter a title',
    });
  });

  it('needs role and severity for an incident, the format for learning', () => {
    const base = { ...emptyEvidenceForm(today), title: 'Checkout outage' };
    expect(validateEvidenceForm({ ...base, kind: 'INCIDENT' }, today)).toEqual({
      incidentRole: 'Say what role the person had in the incident',
      incidentSeverity: 'Give the severity of the incident',
    });
    expect(validateEvidenceForm({ ...base, kind: 'LEARNING' }, today)).toEqual({
      learningFormat: 'Say whether it was a paper, a course or a conference',
    });
    expect(validateEvidenceForm({ ...base, kind: 'TALK' }, today)).toEqual({});
  });

  it('takes http and https links only', () => {
    expect(isWebLink('https://github.com/acme/ledger/pull/42')).toBe(true);
    expect(isWebLink('http://wiki.acme.test/designs/retry')).toBe(true);
    expect(isWebLink('javascript:alert(1)')).toBe(false);
    expect(isWebLink('ftp://files.acme.test/x')).toBe(false);
    expect(isWebLink('https://')).toBe(false);
    expect(isWebLink('github.com/acme')).toBe(false);
  });

  it('drops the details of another kind and an empty link', () => {
    const values = {
      ...emptyEvidenceForm(today),
      kind: 'TALK' as const,
      title: ' Retry patterns ',
      incidentRole: 'RESPONDER' as const,
      learningFormat: 'PAPER' as const,
    };
    expect(toCreateEvidenceInput(values, 'p-1')).toEqual({
      personId: 'p-1',
      date: today,
      kind: 'TALK',
      title: 'Retry patterns',
      link: null,
      impact: '',
      competencyKeys: [],
      goalIds: [],
      incidentRole: null,
      incidentSeverity: null,
      learningFormat: null,
    });
  });
});
