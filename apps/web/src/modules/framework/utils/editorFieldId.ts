import type { ProblemTarget } from './draftProblems';

const safe = (id: string) => id.replace(/[^A-Za-z0-9_-]/g, '_');

/** The DOM id of the editor's field for a target, so that a listed problem can take the focus there. */
export function editorFieldId(target: ProblemTarget): string {
  switch (target.kind) {
    case 'framework':
      return `fw-edit-framework-${target.field === 'description' ? 'description' : 'name'}`;
    case 'belowExpectations':
      return `fw-edit-below-${target.field === 'summary' ? 'summary' : 'name'}`;
    case 'tracks':
      return `fw-edit-levels`;
    case 'areas':
      return `fw-edit-areas`;
    case 'track':
      return `fw-edit-track-${safe(target.trackId)}-name`;
    case 'level':
      return `fw-edit-level-${safe(target.id)}-${target.field === 'summary' ? 'summary' : 'name'}`;
    case 'area':
      return `fw-edit-area-${safe(target.id)}-${target.field === 'description' ? 'description' : target.field === 'competencies' ? 'competencies' : 'name'}`;
    case 'competency':
      return `fw-edit-competency-${safe(target.id)}-${target.field === 'description' ? 'description' : 'name'}`;
    case 'expectation':
      return `fw-edit-expectation-${safe(target.competencyId)}-${safe(target.levelId)}`;
  }
}
