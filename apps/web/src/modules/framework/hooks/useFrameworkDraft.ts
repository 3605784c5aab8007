import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import type { FrameworkDetailFragment } from '@web/generated/graphql';
import { draftReducer } from '../utils/draftReducer';
import { draftFromFramework, draftToInput } from '../utils/frameworkDraft';

const EMPTY_DRAFT = draftFromFramework({
  __typename: 'Framework',
  name: '',
  description: null,
  version: 0,
  belowExpectations: { __typename: 'FrameworkRung', name: '', summary: '' },
  tracks: [],
  areas: [],
});

/**
 * The admin's unsaved edit of the framework, kept by the page so that it survives switching
 * tabs. It follows the loaded framework while nothing is changed; once something is, it keeps
 * the version it started from (saving then reports a conflict if the framework moved on).
 */
export function useFrameworkDraft(framework: FrameworkDetailFragment | undefined) {
  const [base, setBase] = useState(framework);
  const [draft, dispatch] = useReducer(draftReducer, framework ? draftFromFramework(framework) : EMPTY_DRAFT);
  const baseInput = useMemo(() => (base ? JSON.stringify(draftToInput(draftFromFramework(base))) : ''), [base]);
  const changed = base !== undefined && JSON.stringify(draftToInput(draft)) !== baseInput;

  const reset = useCallback((next: FrameworkDetailFragment) => {
    setBase(next);
    dispatch({ type: 'reset', draft: draftFromFramework(next) });
  }, []);

  useEffect(() => {
    if (framework && framework !== base && !changed) reset(framework);
  }, [framework, base, changed, reset]);

  return { draft, dispatch, changed, base, reset };
}

export type FrameworkDraftState = ReturnType<typeof useFrameworkDraft>;
