/** Summary statistics of repeated timings, in milliseconds. */
export interface Timing {
  runs: number;
  median: number;
  p95: number;
  min: number;
  max: number;
  samples: number[];
}

/** Nearest-rank percentile of a non-empty sample. */
function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(Math.max(rank, 1), sorted.length) - 1];
}

export function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

export function summarise(samples: number[]): Timing {
  return {
    runs: samples.length,
    median: round(median(samples)),
    p95: round(percentile(samples, 95)),
    min: round(Math.min(...samples)),
    max: round(Math.max(...samples)),
    samples: samples.map(round),
  };
}

/** `ours / stock`, to two decimals: above 1 means this project is slower or makes more calls. */
export function ratio(ours: number, stock: number): number {
  return Math.round((ours / stock) * 100) / 100;
}
