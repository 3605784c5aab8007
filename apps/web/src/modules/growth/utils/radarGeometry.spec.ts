import { axisPoint, pathOf, positionRadius, valueRuns, wrapLabel } from './radarGeometry';

describe('radar geometry', () => {
  it('starts the first axis at the top and goes clockwise', () => {
    const center = { x: 100, y: 100 };
    expect(axisPoint(0, 4, 50, center)).toEqual({ x: 100, y: 50 });
    const right = axisPoint(1, 4, 50, center);
    expect(right.x).toBeCloseTo(150);
    expect(right.y).toBeCloseTo(100);
  });

  it('keeps position 0 off the centre and the top of the scale on the outer ring', () => {
    expect(positionRadius(0, 5, 200)).toBeCloseTo(24);
    expect(positionRadius(5, 5, 200)).toBe(200);
    expect(positionRadius(9, 5, 200)).toBe(200);
  });

  it('draws a complete series as one closed shape and breaks a series at its gaps', () => {
    expect(valueRuns([1, 2, 3])).toEqual([{ indices: [0, 1, 2], closed: true }]);
    expect(valueRuns([1, null, 2, 3, null])).toEqual([
      { indices: [2, 3], closed: false },
      { indices: [0], closed: false },
    ]);
    // A run across the first axis stays whole.
    expect(valueRuns([1, 2, null, 4])).toEqual([{ indices: [3, 0, 1], closed: false }]);
    expect(valueRuns([null, null])).toEqual([]);
    expect(valueRuns([])).toEqual([]);
  });

  it('writes SVG paths and wraps labels at spaces', () => {
    expect(
      pathOf(
        [
          { x: 0, y: 0 },
          { x: 1, y: 2 },
        ],
        true,
      ),
    ).toBe('M0.0,0.0 L1.0,2.0 Z');
    expect(pathOf([], false)).toBe('');
    expect(wrapLabel('Measured risk and resource allocation', 17)).toEqual([
      'Measured risk and',
      'resource',
      'allocation',
    ]);
    expect(wrapLabel('Craft', 17)).toEqual(['Craft']);
  });
});
