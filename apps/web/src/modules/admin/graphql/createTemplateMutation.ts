import { graphql } from '@web/generated';

export const createTemplateMutation = graphql(`
  mutation CreateOneOnOneTemplate($input: OneOnOneTemplateInput!) {
    createOneOnOneTemplate(input: $input) {
      ...TemplateFields
    }
  }
`);
