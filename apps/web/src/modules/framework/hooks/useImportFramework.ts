import { useMutation } from '@apollo/client/react';
import { frameworkQuery } from '../graphql/frameworkQuery';
import { frameworkYamlQuery } from '../graphql/frameworkYamlQuery';
import { importFrameworkMutation } from '../graphql/importFrameworkMutation';

/** Imports a framework YAML; a successful import reloads the framework and its export. */
export function useImportFramework() {
  const [mutate, { loading }] = useMutation(importFrameworkMutation);
  const importFramework = async (yaml: string, version: number) => {
    const result = await mutate({
      variables: { yaml, version },
      refetchQueries: ({ data }) =>
        data?.importFramework.problems.length === 0 ? [frameworkQuery, frameworkYamlQuery] : [],
    });
    return result.data?.importFramework;
  };
  return { importFramework, loading };
}
