/** Percentiles and summaries of measured values (milliseconds, bytes …): pure, tested in stats.test.ts. */

/** Nearest-rank percentile (p in 0–100) of unsorted values; NaN when there are none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export interface Summary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

export function summarize(values: readonly number[]): Summary {
  const total = values.reduce((sum, v) => sum + v, 0);
  return {
    count: values.length,
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    p99: percentile(values, 99),
    max: values.length === 0 ? Number.NaN : Math.max(...values),
    mean: values.length === 0 ? Number.NaN : total / values.length,
  };
}

/** Rounds for reports: 3 significant digits below 100, whole numbers above. */
export function round(value: number): number {
  if (!Number.isFinite(value)) return value;
  if (Math.abs(value) >= 100) return Math.round(value);
  return Number(value.toPrecision(3));
}

export const ms = (value: number) => `${round(value)} ms`;
export const kb = (bytes: number) => `${round(bytes / 1024)} KB`;
export const mb = (bytes: number) => `${round(bytes / 1024 / 1024)} MB`;
/** "p50 12 ms / p95 30 ms" */
export const p50p95 = (s: Summary) => `p50 ${ms(s.p50)} / p95 ${ms(s.p95)}`;
export const p50p99 = (s: Summary) => `p50 ${ms(s.p50)} / p99 ${ms(s.p99)}`;
