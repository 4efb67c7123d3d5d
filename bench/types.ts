/**
 * The bench's plug-in interface. Each file in bench/measures/ exports `measure`, which returns
 * figures; `npm run bench` runs them all, prints a table (median, min, max) and writes JSON.
 * Timings live here and never in tests.
 */
export interface BenchContext {
  /** The project root. */
  root: string;
  /** Smaller sizes and fewer runs, for a quick look. */
  quick: boolean;
  /** How many times to repeat each timing (3 by default, 1 in quick mode). */
  runs: number;
  chromiumPath: string;
  /** A scratch folder for generated projects and builds (git-ignored). */
  workDir: string;
}

export interface Figure {
  /** What was measured, e.g. "validate: one 1,000-person account". */
  name: string;
  unit: 'ms' | 'bytes' | 'ratio' | 'score' | 'count';
  /** One value per run. */
  samples: number[];
  /** A target or context, e.g. "target ≤ 1.5". */
  note?: string;
}

export type Measure = (context: BenchContext) => Promise<Figure[]>;
