import { analyseFlow, readFlow } from '../../src/engine';
import { syntheticFlow } from './syntheticFlow';

export interface CheckTiming {
  states: number;
  /** Building the XState machine from its config (what importing a flow file costs). */
  loadMs: number;
  /** The contract check and the graph analysis: what `flows:check` adds. */
  checkMs: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Times flows:check on synthetic flows: the median of `runs` runs per size, after one warm-up. */
export function benchCheck(sizes: readonly number[], runs = 5): CheckTiming[] {
  return sizes.map((states) => {
    const load: number[] = [];
    const check: number[] = [];
    for (let run = 0; run <= runs; run++) {
      const started = performance.now();
      const machine = syntheticFlow(states);
      const loaded = performance.now();
      const problems = analyseFlow(readFlow(machine, `flows/synthetic-${String(states)}.ts`));
      const checked = performance.now();
      if (problems.length > 0)
        throw new Error(`synthetic flow of ${String(states)} states is not clean`);
      if (run === 0) continue;
      load.push(loaded - started);
      check.push(checked - loaded);
    }
    return { states, loadMs: median(load), checkMs: median(check) };
  });
}
