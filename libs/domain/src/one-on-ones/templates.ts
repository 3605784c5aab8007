/**
 * The one-on-one templates every organization has: each gives a new series' first meeting its
 * starter talking points. Admins add their organization's own beside these.
 */
export interface OneOnOneTemplateDefinition {
  /** Stable key, used as the id of a built-in template ("builtin:weekly-check-in"). */
  key: string;
  name: string;
  points: readonly string[];
}

export const BUILT_IN_TEMPLATE_PREFIX = 'builtin:';

export const BUILT_IN_TEMPLATES: readonly OneOnOneTemplateDefinition[] = [
  {
    key: 'weekly-check-in',
    name: 'Weekly check-in',
    points: [
      'How are you doing this week?',
      'What went well since we last met?',
      'What is blocking you?',
      'Anything I can help with?',
    ],
  },
  {
    key: 'career-conversation',
    name: 'Career conversation',
    points: [
      'Where do you want to be in two years?',
      'Which skills do you want to grow next?',
      'What work would stretch you?',
      'How can I support that?',
    ],
  },
  {
    key: 'quarterly-growth-review',
    name: 'Quarterly growth review',
    points: [
      'Looking back at the quarter: what are you proud of?',
      'Goals: progress and what changed',
      'Self and manager ratings: where we see things differently',
      'Goals for next quarter',
    ],
  },
];

/** The built-in template with this id ("builtin:<key>"), if any. */
export function builtInTemplate(id: string): OneOnOneTemplateDefinition | null {
  if (!id.startsWith(BUILT_IN_TEMPLATE_PREFIX)) return null;
  const key = id.slice(BUILT_IN_TEMPLATE_PREFIX.length);
  return BUILT_IN_TEMPLATES.find((t) => t.key === key) ?? null;
}
