import { graphql } from '@web/generated';

export const meetingFieldsFragment = graphql(`
  fragment MeetingFields on Meeting {
    id
    version
    status
    adHoc
    scheduledAt
    durationMinutes
    completedAt
    mood
    canSetMood
    hasPrivateNote
    series {
      id
      kind
      participant
      lead {
        id
        name
      }
      partner {
        id
        name
        title
      }
      otherPerson {
        id
        name
      }
    }
    points {
      id
      text
      position
      discussed
      tags
      suggestionKey
      author {
        id
        name
      }
      carriedFrom {
        meetingId
        scheduledAt
      }
    }
    actionItems {
      id
      text
      dueDate
      done
      overdue
      owner {
        id
        name
      }
      carriedFrom {
        meetingId
        scheduledAt
      }
    }
    checkIns {
      goalId
      goalTitle
      progress
      confidence
      note
      date
      authorName
    }
    previousMeeting {
      id
      scheduledAt
      discussedPoints
      notesExcerpt
      actionItems {
        id
        text
        done
        owner {
          id
          name
        }
      }
    }
  }
`);

export const meetingQuery = graphql(`
  query Meeting($id: ID!) {
    meeting(id: $id) {
      ...MeetingFields
    }
  }
`);

export const addTalkingPointMutation = graphql(`
  mutation AddTalkingPoint($meetingId: ID!, $input: TalkingPointInput!) {
    addTalkingPoint(meetingId: $meetingId, input: $input) {
      ...MeetingFields
    }
  }
`);

export const removeTalkingPointMutation = graphql(`
  mutation RemoveTalkingPoint($id: ID!) {
    removeTalkingPoint(id: $id) {
      ...MeetingFields
    }
  }
`);

export const moveTalkingPointMutation = graphql(`
  mutation MoveTalkingPoint($id: ID!, $position: Int!) {
    moveTalkingPoint(id: $id, position: $position) {
      ...MeetingFields
    }
  }
`);

export const markTalkingPointDiscussedMutation = graphql(`
  mutation MarkTalkingPointDiscussed($id: ID!, $discussed: Boolean!) {
    markTalkingPointDiscussed(id: $id, discussed: $discussed) {
      ...MeetingFields
    }
  }
`);

export const addActionItemMutation = graphql(`
  mutation AddActionItem($meetingId: ID!, $input: ActionItemInput!) {
    addActionItem(meetingId: $meetingId, input: $input) {
      ...MeetingFields
    }
  }
`);

export const completeActionItemMutation = graphql(`
  mutation CompleteActionItem($id: ID!, $done: Boolean!) {
    completeActionItem(id: $id, done: $done) {
      ...MeetingFields
    }
  }
`);

export const removeActionItemMutation = graphql(`
  mutation RemoveActionItem($id: ID!) {
    removeActionItem(id: $id) {
      ...MeetingFields
    }
  }
`);

export const setMeetingMoodMutation = graphql(`
  mutation SetMeetingMood($meetingId: ID!, $mood: Int) {
    setMeetingMood(meetingId: $meetingId, mood: $mood) {
      ...MeetingFields
    }
  }
`);

export const completeMeetingMutation = graphql(`
  mutation CompleteMeeting($id: ID!, $version: Int!) {
    completeMeeting(id: $id, version: $version) {
      id
      scheduledAt
    }
  }
`);

export const myPrivateNoteQuery = graphql(`
  query MyPrivateNote($meetingId: ID!) {
    myPrivateNote(meetingId: $meetingId) {
      meetingId
      body
      version
    }
  }
`);

export const savePrivateNoteMutation = graphql(`
  mutation SavePrivateNote($meetingId: ID!, $body: String!, $version: Int!) {
    savePrivateNote(meetingId: $meetingId, body: $body, version: $version) {
      meetingId
      body
      version
    }
  }
`);

export const rescheduleMeetingMutation = graphql(`
  mutation RescheduleMeeting($id: ID!, $scheduledAt: DateTime!, $version: Int!, $durationMinutes: Int) {
    rescheduleMeeting(id: $id, scheduledAt: $scheduledAt, version: $version, durationMinutes: $durationMinutes) {
      ...MeetingFields
    }
  }
`);

export const cancelMeetingMutation = graphql(`
  mutation CancelMeeting($id: ID!, $version: Int!) {
    cancelMeeting(id: $id, version: $version) {
      id
      status
      version
    }
  }
`);

export const scheduleAdHocMeetingMutation = graphql(`
  mutation ScheduleAdHocMeeting($seriesId: ID!, $scheduledAt: DateTime!, $durationMinutes: Int!) {
    scheduleAdHocMeeting(seriesId: $seriesId, scheduledAt: $scheduledAt, durationMinutes: $durationMinutes) {
      id
    }
  }
`);
