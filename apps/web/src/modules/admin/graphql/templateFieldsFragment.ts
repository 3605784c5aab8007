import { graphql } from '@web/generated';

export const templateFieldsFragment = graphql(`
  fragment TemplateFields on OneOnOneTemplate {
    id
    name
    points
    builtIn
    version
  }
`);
