/**
 * The carry-over rule: when a one-on-one is completed, nothing unresolved is lost. Every talking
 * point not discussed and every open action item moves to the next meeting; discussed points and
 * done items stay where they were, as the record of the completed meeting.
 *
 * A moved point is marked with the meeting it was first put on: a point already carried keeps the
 * meeting it came from (so a point carried twice still names where it started); a point raised in
 * the completed meeting is marked as carried from it. Action items keep the meeting they were
 * agreed in (the caller stores that separately) and simply move.
 *
 * The next meeting's agenda becomes: the carried points first, in the order they had, then the
 * points already on the next meeting, in theirs; positions are dense (0, 1, 2…).
 */

export interface CarryPoint {
  id: string;
  discussed: boolean;
  /** The meeting this point was first put on, when it was carried here; null when raised here. */
  carriedFromMeetingId: string | null;
  position: number;
}

export interface CarryActionItem {
  id: string;
  done: boolean;
}

export interface CarryOverInput {
  /** The meeting being completed. */
  completedMeetingId: string;
  /** Its agenda. */
  points: readonly CarryPoint[];
  /** The action items showing on it. */
  actionItems: readonly CarryActionItem[];
  /** The points already on the next meeting, in agenda order. */
  nextMeetingPointIds: readonly string[];
}

export interface MovedPoint {
  id: string;
  carriedFromMeetingId: string;
}

export interface CarryOverResult {
  /** Points that move to the next meeting, with where they came from. */
  movedPoints: MovedPoint[];
  /** Action items that move to the next meeting. */
  movedActionItemIds: string[];
  /** The next meeting's whole agenda after the move, positions dense from 0. */
  nextAgenda: { id: string; position: number }[];
}

export function carryOver(input: CarryOverInput): CarryOverResult {
  const movedPoints = [...input.points]
    .filter((p) => !p.discussed)
    .sort((a, b) => a.position - b.position)
    .map((p) => ({ id: p.id, carriedFromMeetingId: p.carriedFromMeetingId ?? input.completedMeetingId }));
  const movedIds = new Set(movedPoints.map((p) => p.id));
  const order = [...movedPoints.map((p) => p.id), ...input.nextMeetingPointIds.filter((id) => !movedIds.has(id))];
  return {
    movedPoints,
    movedActionItemIds: input.actionItems.filter((a) => !a.done).map((a) => a.id),
    nextAgenda: order.map((id, position) => ({ id, position })),
  };
}

/**
 * Moves one point of an agenda to a new position (clamped to the agenda), keeping the others in
 * their order; positions come back dense from 0. Unknown ids leave the order as it was.
 */
export function movePoint(orderedIds: readonly string[], id: string, position: number): string[] {
  const from = orderedIds.indexOf(id);
  if (from < 0) return [...orderedIds];
  const rest = orderedIds.filter((x) => x !== id);
  const to = Math.max(0, Math.min(rest.length, Math.trunc(position)));
  return [...rest.slice(0, to), id, ...rest.slice(to)];
}
