import { graphql } from '@web/generated';

export const seriesScheduleFragment = graphql(`
  fragment SeriesSchedule on OneOnOneSeriesDetail {
    id
    cadence
    weekday
    startTime
    timeZone
    durationMinutes
    status
    version
    nextMeeting {
      id
      scheduledAt
    }
  }
`);

export const startOneOnOneSeriesMutation = graphql(`
  mutation StartOneOnOneSeries($input: StartOneOnOneSeriesInput!) {
    startOneOnOneSeries(input: $input) {
      id
    }
  }
`);

export const updateOneOnOneSeriesMutation = graphql(`
  mutation UpdateOneOnOneSeries($id: ID!, $input: UpdateOneOnOneSeriesInput!) {
    updateOneOnOneSeries(id: $id, input: $input) {
      ...SeriesSchedule
    }
  }
`);

export const pauseOneOnOneSeriesMutation = graphql(`
  mutation PauseOneOnOneSeries($id: ID!, $version: Int!) {
    pauseOneOnOneSeries(id: $id, version: $version) {
      ...SeriesSchedule
    }
  }
`);

export const resumeOneOnOneSeriesMutation = graphql(`
  mutation ResumeOneOnOneSeries($id: ID!, $version: Int!) {
    resumeOneOnOneSeries(id: $id, version: $version) {
      ...SeriesSchedule
    }
  }
`);

export const endOneOnOneSeriesMutation = graphql(`
  mutation EndOneOnOneSeries($id: ID!, $version: Int!) {
    endOneOnOneSeries(id: $id, version: $version) {
      ...SeriesSchedule
    }
  }
`);

export const startOptionsQuery = graphql(`
  query OneOnOneStartOptions {
    people {
      id
      name
      title
      manager {
        id
      }
    }
    oneOnOneTemplates {
      id
      name
      builtIn
    }
  }
`);
