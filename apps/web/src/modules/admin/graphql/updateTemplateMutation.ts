import { graphql } from '@web/generated';

export const updateTemplateMutation = graphql(`
  mutation UpdateOneOnOneTemplate($id: ID!, $version: Int!, $input: OneOnOneTemplateInput!) {
    updateOneOnOneTemplate(id: $id, version: $version, input: $input) {
      ...TemplateFields
    }
  }
`);
