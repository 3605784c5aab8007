import { graphql } from '@web/generated';

export const myCalendarFeedQuery = graphql(`
  query MyCalendarFeed {
    myCalendarFeed {
      active
      createdAt
    }
  }
`);

export const regenerateCalendarFeedMutation = graphql(`
  mutation RegenerateCalendarFeed {
    regenerateCalendarFeed {
      path
      createdAt
    }
  }
`);

export const revokeCalendarFeedMutation = graphql(`
  mutation RevokeCalendarFeed {
    revokeCalendarFeed
  }
`);
