/** A template holds at most this many points, each this long (as the API checks). */
export const MAX_POINTS = 30;
export const MAX_POINT_LENGTH = 500;

/** The lines of the text area as points: trimmed, blank lines left out. */
export function pointsFromText(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** What is wrong with a template before it is sent, by field. */
export function templateProblems(input: { name: string; points: readonly string[] }): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!input.name.trim()) problems.name = 'Name the template.';
  if (input.points.length === 0) problems.points = 'Give at least one talking point.';
  else if (input.points.length > MAX_POINTS) problems.points = `A template holds at most ${MAX_POINTS} points.`;
  else if (input.points.some((p) => [...p].length > MAX_POINT_LENGTH)) {
    problems.points = `Keep each point under ${MAX_POINT_LENGTH} characters.`;
  }
  return problems;
}
