import { useApolloClient, useMutation } from '@apollo/client/react';
import type { FrameworkInput } from '../../../generated/graphql';
import { frameworkQuery } from '../graphql/frameworkQuery';
import { updateFrameworkMutation } from '../graphql/updateFrameworkMutation';

/**
 * Saves an edited framework. Once saved, the framework is read again (and returned), and the
 * YAML export and level comparisons are dropped from the cache, to be read when next shown.
 */
export function useUpdateFramework() {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(updateFrameworkMutation);
  const updateFramework = async (version: number, input: FrameworkInput) => {
    const result = await mutate({
      variables: { version, input },
      refetchQueries: ({ data }) => (data?.updateFramework.framework ? [frameworkQuery] : []),
      awaitRefetchQueries: true,
      update: (cache, { data }) => {
        if (!data?.updateFramework.framework) return;
        cache.evict({ fieldName: 'frameworkYaml' });
        cache.evict({ fieldName: 'compareLevels' });
        cache.gc();
      },
    });
    const saved = result.data?.updateFramework;
    if (!saved) return undefined;
    const framework = saved.framework ? client.readQuery({ query: frameworkQuery })?.framework : undefined;
    return { problems: saved.problems, saved: saved.framework, framework };
  };
  return { updateFramework, loading };
}
