import { graphql } from '@web/generated';

export const meetingSuggestionsQuery = graphql(`
  query MeetingSuggestions($meetingId: ID!) {
    meetingSuggestions(meetingId: $meetingId) {
      key
      signal
      text
      reason
      tags
    }
  }
`);

export const addSuggestedTalkingPointMutation = graphql(`
  mutation AddSuggestedTalkingPoint($meetingId: ID!, $key: String!) {
    addSuggestedTalkingPoint(meetingId: $meetingId, key: $key) {
      key
      signal
      text
      reason
      tags
    }
  }
`);

export const dismissTalkingPointSuggestionMutation = graphql(`
  mutation DismissTalkingPointSuggestion($meetingId: ID!, $key: String!) {
    dismissTalkingPointSuggestion(meetingId: $meetingId, key: $key) {
      key
      signal
      text
      reason
      tags
    }
  }
`);
