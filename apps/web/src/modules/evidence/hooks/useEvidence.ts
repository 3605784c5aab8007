import { useQuery } from '@apollo/client/react';
import { evidenceQuery } from '../graphql/evidenceQuery';

/** A person's evidence, newest first; only what is tagged with the competency when one is given. */
export function useEvidence(personId: string, competencyKey: string | null) {
  const result = useQuery(evidenceQuery, { variables: { personId, competencyKey } });
  return {
    // While a new filter loads, keep showing the previous answer rather than a blank panel.
    evidence: result.data?.evidence ?? result.previousData?.evidence,
    stale: result.data === undefined && result.previousData !== undefined,
    loading: result.loading,
    error: result.error,
    refetch: result.refetch,
  };
}
