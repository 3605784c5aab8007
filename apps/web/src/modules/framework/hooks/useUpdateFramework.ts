import { useMutation } from '@apollo/client/react';
import type { FrameworkInput } from '@web/generated/graphql';
import { updateFrameworkMutation } from '../graphql/updateFrameworkMutation';

/**
 * Saves an edited framework. The saved framework comes back whole and replaces the loaded one in
 * the cache; the YAML export and level comparisons are dropped, to be read when next shown.
 */
export function useUpdateFramework() {
  const [mutate, { loading }] = useMutation(updateFrameworkMutation);
  const updateFramework = async (version: number, input: FrameworkInput) => {
    const result = await mutate({
      variables: { version, input },
      update: (cache, { data }) => {
        if (!data?.updateFramework.framework) return;
        cache.evict({ fieldName: 'frameworkYaml' });
        cache.evict({ fieldName: 'compareLevels' });
        cache.gc();
      },
    });
    const saved = result.data?.updateFramework;
    if (!saved) return undefined;
    return { problems: saved.problems, saved: saved.framework, framework: saved.framework ?? undefined };
  };
  return { updateFramework, loading };
}
