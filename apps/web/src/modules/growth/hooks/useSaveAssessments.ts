import { useMutation } from '@apollo/client/react';
import type { AssessmentSource, RatingInput } from '@web/generated/graphql';
import { personGrowthQuery } from '../graphql/personGrowthQuery';
import { saveAssessmentsMutation } from '../graphql/saveAssessmentsMutation';
import type { PersonGrowthVariables } from './usePersonGrowth';

/**
 * Saves one source's ratings of a quarter. The answer is the whole quarter again; it replaces
 * the shown one in the cache (PersonGrowth has no id of its own, so Apollo cannot merge it).
 */
export function useSaveAssessments(view: PersonGrowthVariables) {
  const [mutate, { loading }] = useMutation(saveAssessmentsMutation);
  const save = async (source: AssessmentSource, quarter: string, ratings: RatingInput[]) => {
    const result = await mutate({
      variables: { input: { personId: view.personId, source, quarter, ratings } },
      update(cache, { data }) {
        if (!data) return;
        for (const variables of [view, { personId: view.personId, quarter }]) {
          cache.writeQuery({ query: personGrowthQuery, variables, data: { personGrowth: data.saveAssessments } });
        }
      },
    });
    return result.data?.saveAssessments;
  };
  return { save, saving: loading };
}
