import { graphql } from '../../../generated';

export const saveAssessmentsMutation = graphql(`
  mutation SaveAssessments($input: SaveAssessmentsInput!) {
    saveAssessments(input: $input) {
      ...PersonGrowthFields
    }
  }
`);
