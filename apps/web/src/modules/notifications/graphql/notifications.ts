import { graphql } from '@web/generated';

export const myNotificationsQuery = graphql(`
  query MyNotifications {
    myNotifications(limit: 20) {
      unread
      items {
        id
        kind
        text
        link
        createdAt
        read
      }
    }
  }
`);

export const markNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids, limit: 20) {
      unread
      items {
        id
        kind
        text
        link
        createdAt
        read
      }
    }
  }
`);
