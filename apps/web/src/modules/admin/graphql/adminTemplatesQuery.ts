import { graphql } from '@web/generated';

export const adminTemplatesQuery = graphql(`
  query AdminOneOnOneTemplates {
    oneOnOneTemplates {
      ...TemplateFields
    }
  }
`);
