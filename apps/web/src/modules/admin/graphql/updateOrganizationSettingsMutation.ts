import { graphql } from '@web/generated';

export const updateOrganizationSettingsMutation = graphql(`
  mutation UpdateOrganizationSettings($input: UpdateOrganizationSettingsInput!) {
    updateOrganizationSettings(input: $input) {
      ...OrganizationWithSettings
    }
  }
`);
