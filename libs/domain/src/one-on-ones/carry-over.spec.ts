import fc from 'fast-check';
import { carryOver, movePoint, type CarryPoint } from './carry-over';

const point = (
  id: string,
  position: number,
  discussed = false,
  carriedFromMeetingId: string | null = null,
): CarryPoint => ({
  id,
  position,
  discussed,
  carriedFromMeetingId,
});

describe('carryOver', () => {
  it('moves undiscussed points and open action items; discussed points and done items stay', () => {
    const result = carryOver({
      completedMeetingId: 'm2',
      points: [point('a', 0, true), point('b', 1), point('c', 2, false, 'm1'), point('d', 3, true, 'm1')],
      actionItems: [
        { id: 'x', done: false },
        { id: 'y', done: true },
      ],
      nextMeetingPointIds: [],
    });
    expect(result.movedPoints).toEqual([
      { id: 'b', carriedFromMeetingId: 'm2' },
      // Carried once already: it keeps the meeting it started in.
      { id: 'c', carriedFromMeetingId: 'm1' },
    ]);
    expect(result.movedActionItemIds).toEqual(['x']);
  });

  it('puts carried points first, in their order, then the next meeting’s own points; positions dense', () => {
    const result = carryOver({
      completedMeetingId: 'm2',
      points: [point('late', 7), point('early', 2)],
      actionItems: [],
      nextMeetingPointIds: ['n1', 'n2'],
    });
    expect(result.nextAgenda).toEqual([
      { id: 'early', position: 0 },
      { id: 'late', position: 1 },
      { id: 'n1', position: 2 },
      { id: 'n2', position: 3 },
    ]);
  });

  it('moves nothing from a meeting where everything was discussed and done', () => {
    const result = carryOver({
      completedMeetingId: 'm',
      points: [point('a', 0, true)],
      actionItems: [{ id: 'x', done: true }],
      nextMeetingPointIds: ['n'],
    });
    expect(result).toEqual({ movedPoints: [], movedActionItemIds: [], nextAgenda: [{ id: 'n', position: 0 }] });
  });

  const points = fc.uniqueArray(
    fc.record({
      id: fc.uuid(),
      position: fc.integer({ min: 0, max: 50 }),
      discussed: fc.boolean(),
      carriedFromMeetingId: fc.option(fc.constantFrom('m0', 'm1'), { nil: null }),
    }),
    { selector: (p) => p.id, maxLength: 20 },
  );
  const items = fc.uniqueArray(fc.record({ id: fc.uuid(), done: fc.boolean() }), {
    selector: (a) => a.id,
    maxLength: 20,
  });
  const next = fc.uniqueArray(fc.uuid(), { maxLength: 10 });

  it('loses nothing unresolved and moves nothing resolved (property)', () => {
    fc.assert(
      fc.property(points, items, next, (ps, as, ns) => {
        const nextIds = ns.filter((id) => !ps.some((p) => p.id === id));
        const r = carryOver({ completedMeetingId: 'm2', points: ps, actionItems: as, nextMeetingPointIds: nextIds });
        expect(new Set(r.movedPoints.map((p) => p.id))).toEqual(
          new Set(ps.filter((p) => !p.discussed).map((p) => p.id)),
        );
        expect(new Set(r.movedActionItemIds)).toEqual(new Set(as.filter((a) => !a.done).map((a) => a.id)));
        for (const moved of r.movedPoints) {
          const original = ps.find((p) => p.id === moved.id);
          expect(moved.carriedFromMeetingId).toBe(original?.carriedFromMeetingId ?? 'm2');
        }
        // The next agenda holds every carried point and every point it had, once each, positions 0…n-1.
        expect(r.nextAgenda.map((p) => p.position)).toEqual(r.nextAgenda.map((_, i) => i));
        expect(r.nextAgenda.map((p) => p.id).sort()).toEqual([...r.movedPoints.map((p) => p.id), ...nextIds].sort());
      }),
    );
  });
});

describe('movePoint', () => {
  it('moves a point up or down and keeps the others in order', () => {
    expect(movePoint(['a', 'b', 'c', 'd'], 'd', 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(movePoint(['a', 'b', 'c', 'd'], 'a', 2)).toEqual(['b', 'c', 'a', 'd']);
  });

  it('clamps a position beyond either end', () => {
    expect(movePoint(['a', 'b', 'c'], 'a', 99)).toEqual(['b', 'c', 'a']);
    expect(movePoint(['a', 'b', 'c'], 'c', -4)).toEqual(['c', 'a', 'b']);
  });

  it('is a permutation that puts the point where asked (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string(), { minLength: 1, maxLength: 15 }),
        fc.nat(),
        fc.integer({ min: -3, max: 20 }),
        (ids, pick, to) => {
          const id = ids[pick % ids.length];
          const moved = movePoint(ids, id, to);
          expect([...moved].sort()).toEqual([...ids].sort());
          expect(moved.indexOf(id)).toBe(Math.max(0, Math.min(ids.length - 1, to)));
          expect(moved.filter((x) => x !== id)).toEqual(ids.filter((x) => x !== id));
        },
      ),
    );
  });
});
