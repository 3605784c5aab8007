import { graphql } from '@web/generated';

export const saveAssessmentsMutation = graphql(`
  mutation SaveAssessments($input: SaveAssessmentsInput!) {
    saveAssessments(input: $input) {
      ...PersonGrowthFields
    }
  }
`);
