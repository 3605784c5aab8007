import { List, Text } from '@mantine/core';
import type { FrameworkYamlProblemFieldsFragment } from '@web/generated/graphql';
import { formatProblem } from '../utils/frameworkView';
import { FormAlert } from '@web/shared/components/FormAlert';

export function ImportProblems({ problems }: { problems: readonly FrameworkYamlProblemFieldsFragment[] }) {
  return (
    <FormAlert tone="error" title="The file was refused; nothing was changed">
      <Text size="sm" mb="xs">
        Fix {problems.length === 1 ? 'this problem' : `these ${problems.length} problems`} and import again:
      </Text>
      <List size="sm" spacing={4}>
        {problems.map((problem) => (
          <List.Item key={`${problem.line}:${problem.path}:${problem.message}`}>{formatProblem(problem)}</List.Item>
        ))}
      </List>
    </FormAlert>
  );
}
