import { useMutation } from '@apollo/client/react';
import { frameworkYamlQuery } from '../graphql/frameworkYamlQuery';
import { importFrameworkMutation } from '../graphql/importFrameworkMutation';

/**
 * Imports a framework YAML. The imported framework comes back whole and replaces the loaded one
 * in the cache; the export is read again and level comparisons are dropped.
 */
export function useImportFramework() {
  const [mutate, { loading }] = useMutation(importFrameworkMutation);
  const importFramework = async (yaml: string, version: number) => {
    const result = await mutate({
      variables: { yaml, version },
      refetchQueries: ({ data }) => (data?.importFramework.problems.length === 0 ? [frameworkYamlQuery] : []),
      update: (cache, { data }) => {
        if (!data?.importFramework.framework) return;
        cache.evict({ fieldName: 'compareLevels' });
        cache.gc();
      },
    });
    return result.data?.importFramework;
  };
  return { importFramework, loading };
}
