import { useQuery } from '@apollo/client/react';
import { competencyDetailQuery } from '../graphql/competencyDetailQuery';

export interface CompetencyDetailTarget {
  personId: string;
  competencyKey: string;
  quarter: string;
}

export function useCompetencyDetail(target: CompetencyDetailTarget | null) {
  const result = useQuery(competencyDetailQuery, {
    variables: target ?? { personId: '', competencyKey: '', quarter: null },
    skip: !target,
  });
  return { detail: result.data?.competencyDetail, error: result.error, refetch: result.refetch };
}
