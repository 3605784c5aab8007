import { formatAuditDetail } from './formatAuditDetail';

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
});
