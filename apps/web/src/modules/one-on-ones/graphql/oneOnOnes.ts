import { graphql } from '@web/generated';

export const seriesFieldsFragment = graphql(`
  fragment SeriesFields on OneOnOneSeries {
    id
    kind
    cadence
    weekday
    startTime
    timeZone
    durationMinutes
    status
    participant
    version
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
      title
    }
    lastHeld {
      id
      scheduledAt
    }
    nextMeeting {
      id
      scheduledAt
    }
    cadenceFigures {
      expected
      held
      kept
    }
    openActionItemCount
    latestMood
  }
`);

export const oneOnOnesQuery = graphql(`
  query OneOnOnes {
    oneOnOnes {
      ...SeriesFields
    }
  }
`);

export const cadenceByManagerQuery = graphql(`
  query CadenceByManager {
    cadenceByManager {
      manager {
        id
        name
      }
      seriesCount
      expected
      held
      kept
    }
  }
`);

export const myOpenActionItemsQuery = graphql(`
  query MyOpenActionItems {
    myOpenActionItems {
      id
      text
      dueDate
      overdue
      meetingId
      otherPerson {
        id
        name
      }
    }
  }
`);

export const seriesDetailQuery = graphql(`
  query OneOnOneSeriesDetail($id: ID!) {
    oneOnOneSeries(id: $id) {
      id
      kind
      cadence
      weekday
      startTime
      timeZone
      durationMinutes
      status
      participant
      version
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
        title
      }
      cadenceFigures {
        expected
        held
        kept
      }
      nextMeeting {
        id
        scheduledAt
      }
      meetings {
        id
        scheduledAt
        status
        adHoc
        mood
      }
      moodTrend {
        meetingId
        scheduledAt
        mood
      }
    }
  }
`);

export const seriesSearchQuery = graphql(`
  query OneOnOneSearch($seriesId: ID!, $text: String, $tag: String) {
    oneOnOneSearch(seriesId: $seriesId, text: $text, tag: $tag) {
      kind
      meetingId
      scheduledAt
      tags
      text
    }
  }
`);
