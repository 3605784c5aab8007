import { useMutation } from '@apollo/client/react';
import { personGrowthQuery } from '../graphql/personGrowthQuery';
import { shareManagerRatingsMutation } from '../graphql/shareManagerRatingsMutation';
import type { PersonGrowthVariables } from './usePersonGrowth';

/** Shares or unshares a quarter's manager ratings, and marks the shown quarter accordingly. */
export function useShareManagerRatings(view: PersonGrowthVariables) {
  const [mutate, { loading }] = useMutation(shareManagerRatingsMutation);
  const share = async (quarter: string, shared: boolean) => {
    const result = await mutate({
      variables: { personId: view.personId, quarter, shared },
      update(cache, { data }) {
        if (!data) return;
        cache.updateQuery({ query: personGrowthQuery, variables: view }, (current) =>
          current && current.personGrowth.quarter.key === data.shareManagerRatings.quarter
            ? {
                personGrowth: {
                  ...current.personGrowth,
                  managerRatingsShared: data.shareManagerRatings.shared,
                },
              }
            : undefined,
        );
      },
    });
    return result.data?.shareManagerRatings;
  };
  return { share, sharing: loading };
}
