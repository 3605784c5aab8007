import { graphql } from '@web/generated';

export const needSuggestionsQuery = graphql(`
  query NeedSuggestions($needId: ID!) {
    needSuggestions(needId: $needId) {
      needId
      role
      projectName
      percent
      openPercent
      suggestions {
        person {
          id
          name
          title
          teamName
        }
        score
        capacityFit
        competencyFit
        growthValue
        stretchGoal {
          id
          title
        }
        meets
        below
        grows
        explanation
      }
    }
  }
`);
