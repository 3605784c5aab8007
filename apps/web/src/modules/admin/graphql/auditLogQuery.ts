import { graphql } from '@web/generated';

export const auditLogQuery = graphql(`
  query AuditLog($limit: Int!) {
    auditLog(limit: $limit) {
      id
      at
      action
      actorEmail
      targetType
      targetId
      targetLabel
      detail
    }
  }
`);
