import { graphql } from '@web/generated';

/** Who read the viewer's records (kind and time only), for their own profile. */
export const myRecordReadsQuery = graphql(`
  query MyRecordReads {
    myRecordReads(limit: 50) {
      readerName
      kind
      at
      times
    }
  }
`);
