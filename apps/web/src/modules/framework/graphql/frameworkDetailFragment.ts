import { graphql } from '@web/generated';

export const frameworkDetailFragment = graphql(`
  fragment FrameworkDetail on Framework {
    name
    description
    version
    belowExpectations {
      name
      summary
    }
    tracks {
      key
      name
      levels {
        ...FrameworkLevelFields
      }
    }
    areas {
      key
      name
      description
      retired
      competencies {
        key
        name
        description
        retired
        expectations {
          levelKey
          text
        }
      }
    }
  }
`);
