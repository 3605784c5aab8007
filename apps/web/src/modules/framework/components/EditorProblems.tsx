import { Anchor, Button, List, Text } from '@mantine/core';
import { useState } from 'react';
import { FormAlert } from '@web/shared/components/FormAlert';
import { type DraftProblem, describeTarget, type ProblemTarget } from '../utils/draftProblems';
import type { FrameworkDraft } from '../utils/frameworkDraft';

const SHOWN_AT_FIRST = 8;

interface EditorProblemsProps {
  problems: readonly DraftProblem[];
  draft: FrameworkDraft;
  /** Takes the admin to the field the problem is about. */
  onShow: (target: ProblemTarget) => void;
}

/** Why the save was refused: every problem, where it is (a link to the field) and what to do. */
export function EditorProblems({ problems, draft, onShow }: EditorProblemsProps) {
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? problems : problems.slice(0, SHOWN_AT_FIRST);
  return (
    <FormAlert tone="error" title="Nothing was saved">
      <Text size="sm" mb="xs">
        Fix {problems.length === 1 ? 'this problem' : `these ${problems.length} problems`} and save again. Each is also
        shown next to its field.
      </Text>
      <List size="sm" spacing={4}>
        {shown.map((problem, index) => (
          <List.Item key={`${index}:${problem.path}:${problem.message}`}>
            <Anchor component="button" type="button" size="sm" fw={600} onClick={() => onShow(problem.target)}>
              {describeTarget(problem.target, draft)}
            </Anchor>
            : {problem.message}
          </List.Item>
        ))}
      </List>
      {problems.length > shown.length ? (
        <Button variant="subtle" size="compact-sm" mt="xs" color="red.9" onClick={() => setShowAll(true)}>
          Show all {problems.length} problems
        </Button>
      ) : null}
    </FormAlert>
  );
}
