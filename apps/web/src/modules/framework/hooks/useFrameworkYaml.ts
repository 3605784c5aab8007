import { useQuery } from '@apollo/client/react';
import { frameworkYamlQuery } from '../graphql/frameworkYamlQuery';

/** The framework as YAML (admins). */
export function useFrameworkYaml() {
  const result = useQuery(frameworkYamlQuery);
  return { yaml: result.data?.frameworkYaml, loading: result.loading, error: result.error, refetch: result.refetch };
}
