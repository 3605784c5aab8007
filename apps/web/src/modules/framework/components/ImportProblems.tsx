import { Alert, List, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { FrameworkYamlProblemFieldsFragment } from '../../../generated/graphql';
import { formatProblem } from '../utils/frameworkView';

export function ImportProblems({ problems }: { problems: readonly FrameworkYamlProblemFieldsFragment[] }) {
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      title="The file was refused; nothing was changed"
      icon={<IconAlertCircle aria-hidden />}
    >
      <Text size="sm" mb="xs">
        Fix {problems.length === 1 ? 'this problem' : `these ${problems.length} problems`} and import again:
      </Text>
      <List size="sm" spacing={4}>
        {problems.map((problem) => (
          <List.Item key={`${problem.line}:${problem.path}:${problem.message}`}>{formatProblem(problem)}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
