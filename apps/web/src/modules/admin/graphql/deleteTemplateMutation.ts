import { graphql } from '@web/generated';

export const deleteTemplateMutation = graphql(`
  mutation DeleteOneOnOneTemplate($id: ID!, $version: Int!) {
    deleteOneOnOneTemplate(id: $id, version: $version)
  }
`);
