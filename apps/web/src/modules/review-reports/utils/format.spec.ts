import { formatGap, formatPercent, formatPointChange, gapWords, peopleCount, readinessLabel } from './format';

describe('formatPercent', () => {
  it('rounds a share to a whole percent', () => {
    expect(formatPercent(0.42)).toBe('42%');
    expect(formatPercent(0.125)).toBe('13%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(1)).toBe('100%');
  });

  it('shows a dash when there is no share', () => {
    expect(formatPercent(null)).toBe('—');
    expect(formatPercent(undefined)).toBe('—');
    expect(formatPercent(Number.NaN)).toBe('—');
  });
});

describe('formatPointChange', () => {
  it('signs a change in percentage points', () => {
    expect(formatPointChange(0.15)).toBe('+15 pts');
    expect(formatPointChange(-0.05)).toBe('\u22125 pts');
    expect(formatPointChange(0.001)).toBe('±0 pts');
    expect(formatPointChange(null)).toBe('—');
  });
});

describe('formatGap', () => {
  it('signs a mean against the level to two decimals, with a real minus', () => {
    expect(formatGap(0.75)).toBe('+0.75');
    expect(formatGap(-0.6)).toBe('\u22120.60');
    expect(formatGap(1)).toBe('+1.00');
    expect(formatGap(1 / 3)).toBe('+0.33');
  });

  it('keeps a difference just under the lenient threshold from reading as half a level', () => {
    expect(formatGap(0.45)).toBe('+0.45');
    expect(formatGap(-0.499)).toBe('\u22120.50');
  });

  it('says zero without a sign, and a dash when nothing is rated', () => {
    expect(formatGap(0)).toBe('0.00');
    expect(formatGap(-0.001)).toBe('0.00');
    expect(formatGap(null)).toBe('—');
  });
});

describe('gapWords', () => {
  it('says the gap in words, against the level or the reach', () => {
    expect(gapWords(0.75)).toBe('0.75 levels above the level');
    expect(gapWords(-1)).toBe('1.00 level below the level');
    expect(gapWords(-0.6, 'the reach’s mean')).toBe('0.60 levels below the reach’s mean');
    expect(gapWords(0)).toBe('level with the level');
    expect(gapWords(null)).toBe('nothing rated');
  });
});

describe('labels', () => {
  it('names the readiness call, or says it is unset', () => {
    expect(readinessLabel('NOT_YET')).toBe('Not yet');
    expect(readinessLabel('READY')).toBe('Ready');
    expect(readinessLabel(null)).toBe('Unset');
  });

  it('counts people', () => {
    expect(peopleCount(1)).toBe('1 person');
    expect(peopleCount(3)).toBe('3 people');
  });
});
