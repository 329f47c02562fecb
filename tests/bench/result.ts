/** One measured figure, as written to bench-results/AREA.json. */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  target: number;
  better: 'lower' | 'higher';
}

/** A benchmark area: a module in tests/bench named AREA.bench.ts exporting `run`. */
export type BenchArea = () => Promise<BenchResult[]>;

export function meetsTarget(result: BenchResult): boolean {
  return result.better === 'lower' ? result.value <= result.target : result.value >= result.target;
}

/** The q-th quantile (0..1) of a list of samples, by the nearest-rank method. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) throw new Error('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] as number;
}
