import { graphql } from '@web/generated';

export const competencyDetailQuery = graphql(`
  query TeamGrowthCompetencyDetail($personId: ID!, $competencyKey: String!, $quarter: String) {
    competencyDetail(personId: $personId, competencyKey: $competencyKey, quarter: $quarter) {
      ...TeamGrowthCompetencyDetail
    }
  }
`);
