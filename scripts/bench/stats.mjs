// Small helpers shared by the benchmark parts: order statistics, formatting, a seeded PRNG.

/** The value at quantile q (0..1) of the samples, nearest-rank. */
export function quantile(samples, q) {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank];
}

export const median = (samples) => quantile(samples, 0.5);
export const p95 = (samples) => quantile(samples, 0.95);

export const ms = (value, digits = 1) => `${value.toFixed(digits)} ms`;
export const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** mulberry32: the same "random" waits on every run, so runs compare. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A goal row for the report: [name, target, measured, met]. */
export const goal = (name, target, measured, met) => ({ name, target, measured, met });
