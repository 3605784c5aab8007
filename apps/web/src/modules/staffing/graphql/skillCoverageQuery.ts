import { graphql } from '@web/generated';

export const skillCoverageQuery = graphql(`
  query SkillCoverage($teamId: ID) {
    skillCoverage(teamId: $teamId) {
      thin {
        competencyKey
        name
        holders {
          id
          name
        }
        projects {
          id
          name
        }
      }
      risks {
        projectId
        projectName
        competencyKey
        name
        restsOn {
          id
          name
        }
      }
    }
  }
`);
