import { describe, expect, it } from 'vitest';
import { percentile, round, summarize } from './stats.ts';

describe('percentile (nearest rank)', () => {
  const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];

  it('picks the value at the rank, whatever the order', () => {
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 95)).toBe(10);
    expect(percentile(values, 10)).toBe(1);
    expect(percentile(values, 0)).toBe(1);
    expect(percentile(values, 100)).toBe(10);
  });

  it('is NaN for no values and the value itself for one', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(percentile([42], 99)).toBe(42);
  });

  it('does not reorder its input', () => {
    const input = [3, 1, 2];
    percentile(input, 50);
    expect(input).toEqual([3, 1, 2]);
  });
});

describe('summarize and round', () => {
  it('gives count, percentiles, max and mean', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(summarize(values)).toEqual({ count: 100, p50: 50, p95: 95, p99: 99, max: 100, mean: 50.5 });
  });

  it('keeps 3 significant digits below 100 and whole numbers above', () => {
    expect(round(1.23456)).toBe(1.23);
    expect(round(76.66)).toBe(76.7);
    expect(round(1234.5)).toBe(1235);
  });
});
