import { graphql } from '@web/generated';

export const quarterFragment = graphql(`
  fragment QuarterFields on Quarter {
    key
    label
    start
    end
  }
`);
