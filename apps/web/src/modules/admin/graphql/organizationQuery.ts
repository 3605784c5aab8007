import { graphql } from '../../../generated';

export const organizationQuery = graphql(`
  query Organization {
    organization {
      ...OrganizationWithSettings
    }
  }
`);
