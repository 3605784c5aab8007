import { auditActionLabel, formatAuditDetail } from './formatAuditDetail';

describe('formatAuditDetail', () => {
  it('lists the fields of a JSON object', () => {
    expect(formatAuditDetail('{"field":"title","from":"Engineer","to":null}')).toBe(
      'field: title · from: Engineer · to: —',
    );
    expect(formatAuditDetail('{"changed":["title","level"]}')).toBe('changed: ["title","level"]');
  });

  it('shows plain text and empty details as they are', () => {
    expect(formatAuditDetail('signed in from 10.0.0.1')).toBe('signed in from 10.0.0.1');
    expect(formatAuditDetail(null)).toBe('—');
    expect(formatAuditDetail('{}')).toBe('—');
  });

  it('shows a change as from → to, and of a before/after record only what moved', () => {
    expect(formatAuditDetail('{"title":{"from":"Software Engineer","to":"Senior Software Engineer"}}')).toBe(
      'title: Software Engineer → Senior Software Engineer',
    );
    expect(
      formatAuditDetail(
        '{"before":{"staleGoalDays":21,"fiscalQuarterStartMonth":1},"after":{"staleGoalDays":30,"fiscalQuarterStartMonth":1}}',
      ),
    ).toBe('staleGoalDays: 21 → 30');
    expect(formatAuditDetail('{"before":{"a":1},"after":{"a":1}}')).toBe('No change');
  });
});

describe('auditActionLabel', () => {
  it('names actions as people say them, and spells out one it does not know', () => {
    expect(auditActionLabel('sign_in_failed')).toBe('Sign-in failed');
    expect(auditActionLabel('person_updated')).toBe('Person updated');
    expect(auditActionLabel('project_archived')).toBe('Project archived');
  });
});
