import { graphql } from '@web/generated';

export const organizationQuery = graphql(`
  query Organization {
    organization {
      ...OrganizationWithSettings
    }
  }
`);
